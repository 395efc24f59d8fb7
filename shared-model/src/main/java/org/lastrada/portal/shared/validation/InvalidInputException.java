package org.lastrada.portal.shared.validation;

import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.i18n.Refusal;

/**
 * Bad input that names the field it concerns, so a form or an HTTP 400 can show the reason next to it: in the reader's
 * language from {@link #reason()}, in English from {@link #getMessage()}.
 */
public class InvalidInputException extends RuntimeException implements Refusal {

    private final String field;
    private final transient Message reason;

    public InvalidInputException(String field, Message reason) {
        super(reason.english());
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    @Override
    public Message reason() {
        return reason;
    }
}
