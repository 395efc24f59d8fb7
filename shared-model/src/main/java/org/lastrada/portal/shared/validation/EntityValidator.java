package org.lastrada.portal.shared.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks an entity's constraints before a service writes it, so bad input is refused with messages that
 * name the fields ("countryCode: must be a two-letter ISO 3166 country code") and nothing is written.
 */
@Component
public class EntityValidator {

    private final Validator validator;

    public EntityValidator(Validator validator) {
        this.validator = validator;
    }

    public void check(Object entity) {
        Set<ConstraintViolation<Object>> violations = validator.validate(entity);
        if (!violations.isEmpty()) {
            String message = violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> fieldName(v) + ": " + v.getMessage())
                    .collect(Collectors.joining("; "));
            throw new ConstraintViolationException(message, violations);
        }
    }

    /** The field as a form knows it: "profile.name" becomes "name", "languages[].<iterable element>" becomes "languages". */
    public static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replaceAll("\\[[^]]*]", "").replace(".<iterable element>", "");
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
