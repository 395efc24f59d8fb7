package org.lastrada.portal.shared.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.lastrada.portal.shared.i18n.Message;

/**
 * Refused input as "field name -> message", so a form can show each message next to its field, worded by the caller
 * in the reader's language (a constraint's message, an {@link InvalidInputException}'s reason).
 */
public final class FieldProblems {

    private FieldProblems() {
    }

    /** The problems of a {@link ConstraintViolationException} or an {@link InvalidInputException}, in English. */
    public static Map<String, String> of(RuntimeException refusal) {
        return of(refusal, ConstraintViolation::getMessage, Message::english);
    }

    /** The problems of a {@link ConstraintViolationException} or an {@link InvalidInputException}, worded by the caller. */
    public static Map<String, String> of(RuntimeException refusal, Function<ConstraintViolation<?>, String> violationText,
                                         Function<Message, String> reasonText) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (refusal instanceof ConstraintViolationException violations) {
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                problems.merge(EntityValidator.fieldName(violation), violationText.apply(violation), (a, b) -> a + "; " + b);
            }
        } else if (refusal instanceof InvalidInputException invalid) {
            problems.put(invalid.field(), reasonText.apply(invalid.reason()));
        } else {
            throw refusal;
        }
        return problems;
    }

    /** Shows each problem on its form field (fields without a problem are left alone); returns the problems. */
    public static <F> Map<String, String> showOn(Map<String, String> problems, Map<String, F> fields, BiConsumer<F, String> mark) {
        problems.forEach((name, message) -> {
            F field = fields.get(name);
            if (field != null) {
                mark.accept(field, message);
            }
        });
        return problems;
    }
}
