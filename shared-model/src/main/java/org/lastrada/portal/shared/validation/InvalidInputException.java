package org.lastrada.portal.shared.validation;

/** Bad input that names the field it concerns, so a form or an HTTP 400 can show the reason next to it. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
