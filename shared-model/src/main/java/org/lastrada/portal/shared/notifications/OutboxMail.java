package org.lastrada.portal.shared.notifications;

import static org.lastrada.portal.shared.jpa.ColumnTypes.LONG_TEXT;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One notification e-mail: written with the change it reports, then sent (and retried) by the dispatcher. */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail extends OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Comma-separated addresses. */
    @Column(nullable = false, length = 2000)
    private String recipients;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, columnDefinition = LONG_TEXT)
    private String body;

    protected OutboxMail() {
    }

    public OutboxMail(String recipients, String subject, String body, Instant now) {
        super(now);
        this.recipients = recipients;
        this.subject = subject.length() <= 300 ? subject : subject.substring(0, 297) + "...";
        this.body = body;
    }

    public Long getId() { return id; }
    public String getRecipients() { return recipients; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
}
