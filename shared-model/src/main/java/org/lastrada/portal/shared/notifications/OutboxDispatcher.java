package org.lastrada.portal.shared.notifications;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox through the configured SMTP server ({@code spring.mail.*}), oldest first, each mail in its
 * own transaction; a failure is recorded on the mail and retried later, never lost. Each mail is claimed (locked)
 * before it is sent, so that with several replicas dispatching at once every mail goes out once.
 */
@Component
@ConditionalOnProperty(prefix = "portal.mail", name = "send", havingValue = "true")
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxMailRepository outbox;
    private final JavaMailSender mailSender;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxDispatcher(OutboxMailRepository outbox, JavaMailSender mailSender, NotificationProperties properties,
                     TransactionTemplate transaction, Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Sends what is due; returns how many mails went out. */
    @Scheduled(fixedDelayString = "${portal.mail.dispatch-interval:30s}")
    public int dispatch() {
        return OutboxRound.send(outbox.findTop50ByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(OutboxMail.Status.PENDING, clock.instant()),
                due -> outbox.claim(due.getId(), OutboxMail.Status.PENDING), this::send, transaction);
    }

    private boolean send(OutboxMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(mail.getRecipients().split(","));
        message.setSubject(mail.getSubject());
        message.setText(mail.getBody());
        try {
            mailSender.send(message);
            mail.sent(clock.instant());
            return true;
        } catch (MailException e) {
            log.warn("Mail {} not sent (attempt {}): {}", mail.getId(), mail.getAttempts() + 1, e.getMessage());
            mail.failed(e.getMessage(), clock.instant());
            return false;
        }
    }
}
