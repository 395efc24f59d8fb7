package org.lastrada.portal.shared.notifications;

import static org.lastrada.portal.shared.jpa.ColumnTypes.LONG_TEXT;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One notification e-mail: written with the change it reports, then sent (and retried) by the dispatcher. */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    /** Where a mail is on its way out. */
    public enum Status { PENDING, SENT, FAILED }

    static final int MAX_ATTEMPTS = 8;

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

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    public OutboxMail(String recipients, String subject, String body, Instant now) {
        this.recipients = recipients;
        this.subject = subject.length() <= 300 ? subject : subject.substring(0, 297) + "...";
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        status = Status.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** Waits longer after each failure (1, 2, 4... minutes) and gives up after a few hours. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() <= 1000 ? error : error.substring(0, 1000);
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }

    public Long getId() { return id; }
    public String getRecipients() { return recipients; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getSentAt() { return sentAt; }
}
