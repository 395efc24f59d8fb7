package org.lastrada.portal.shared.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification e-mails.
 *
 * @param send    send the outbox through the SMTP server of {@code spring.mail.*}; when off, mails stay in the
 *                outbox, where administrators read them in the workspace
 * @param from    sender address
 * @param baseUrl the portal's public address, for the links in the mails
 */
@ConfigurationProperties("portal.mail")
public record NotificationProperties(@DefaultValue("false") boolean send,
                                     @DefaultValue("portal@lastradainternational.invalid") String from,
                                     @DefaultValue("http://localhost:8080") String baseUrl) {
}
