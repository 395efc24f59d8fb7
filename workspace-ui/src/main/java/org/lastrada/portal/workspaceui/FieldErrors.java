package org.lastrada.portal.workspaceui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.validation.FieldProblems;

/**
 * Shows a service's refusal on the form fields it names (a validation failure or an invalid input), so the
 * person sees the reason beside the field to correct, in their language.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Marks the named fields invalid with their messages; returns every problem, also those of fields not on the form. */
    public static Map<String, String> show(RuntimeException refusal, Map<String, ? extends HasValidation> fields) {
        return FieldProblems.showOn(FieldProblems.of(refusal, WorkspaceTexts::of, WorkspaceTexts::of), fields, FieldErrors::mark);
    }

    /** Marks one field invalid with the message. */
    public static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** Marks one field invalid with a message of the bundles, such as a refusal's reason. */
    public static void mark(HasValidation field, Message message) {
        mark(field, WorkspaceTexts.of(message));
    }

    /** Clears the marks of a previous attempt. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }
}
