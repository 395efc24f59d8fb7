package org.lastrada.portal.shared.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Something the portal tells the outside world after a change, written in the change's own transaction and sent later
 * by a dispatcher that claims it (so with several replicas it goes out once): a notification e-mail, or an HTTP request
 * (a WebSub ping, a webhook). A failure is recorded and retried after 1, 2, 4... minutes, then given up after a few hours.
 */
@MappedSuperclass
public abstract class OutboxEntry {

    /** Where an entry is on its way out. */
    public enum Status { PENDING, SENT, FAILED }

    static final int MAX_ATTEMPTS = 8;

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

    protected OutboxEntry() {
    }

    protected OutboxEntry(Instant now) {
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(Instant now) {
        status = Status.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** Waits longer after each failure (1, 2, 4... minutes) and gives up after a few hours. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() <= 1000 ? error : error.substring(0, 1000);
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }

    /** Given up at once, without trying: there is nobody to send it to any more. */
    public void abandon(String reason, Instant now) {
        status = Status.FAILED;
        lastError = reason;
        nextAttemptAt = now;
    }

    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getSentAt() { return sentAt; }
}
