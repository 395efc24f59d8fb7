package org.lastrada.portal.shared.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** Refused input as "field name -> message", so a form can show each message next to its field. */
public final class FieldProblems {

    private FieldProblems() {
    }

    /** The problems of a {@link ConstraintViolationException} or an {@link InvalidInputException}. */
    public static Map<String, String> of(RuntimeException refusal) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (refusal instanceof ConstraintViolationException violations) {
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                problems.merge(EntityValidator.fieldName(violation), violation.getMessage(), (a, b) -> a + "; " + b);
            }
        } else if (refusal instanceof InvalidInputException invalid) {
            problems.put(invalid.field(), invalid.getMessage());
        } else {
            throw refusal;
        }
        return problems;
    }

    /** Shows each problem on its form field (fields without a problem are left alone); returns the problems. */
    public static <F> Map<String, String> showOn(RuntimeException refusal, Map<String, F> fields, BiConsumer<F, String> mark) {
        Map<String, String> problems = of(refusal);
        problems.forEach((name, message) -> {
            F field = fields.get(name);
            if (field != null) {
                mark.accept(field, message);
            }
        });
        return problems;
    }
}
