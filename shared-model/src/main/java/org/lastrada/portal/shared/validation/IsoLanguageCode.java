package org.lastrada.portal.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

/** An ISO 639-1 two-letter language code in lower case, such as {@code en}. */
@Documented
@Constraint(validatedBy = IsoLanguageCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoLanguageCode {

    String message() default "{workspace.validation.language-code}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IsoLanguageCode, String> {
        // Locale still knows a few withdrawn codes (iw, in, ji); ISO 639-1 today uses he, id, yi.
        private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || (value.length() == 2 && CODES.contains(value));
        }
    }
}
