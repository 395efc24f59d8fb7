package org.lastrada.portal.shared.i18n;

/**
 * Something a service refused, with the reason as a {@link Message}: the screen that shows it words it in the reader's
 * language, while the exception's own text stays English for the log.
 */
public interface Refusal {

    Message reason();
}
