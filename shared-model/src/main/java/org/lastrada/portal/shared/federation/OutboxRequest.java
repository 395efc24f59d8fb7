package org.lastrada.portal.shared.federation;

import static org.lastrada.portal.shared.jpa.ColumnTypes.LONG_TEXT;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lastrada.portal.shared.notifications.OutboxEntry;

/**
 * An HTTP POST the portal owes a subscriber after a change of the public content: a WebSub ping to the hub, or a
 * webhook to a receiver the secretariat registered, signed with its secret. Written in the change's transaction, sent
 * and retried by {@link OutboxRequestDispatcher}.
 */
@Entity
@Table(name = "outbox_request")
public class OutboxRequest extends OutboxEntry {

    /** Who it is for. */
    public enum Kind { WEBSUB, WEBHOOK }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Kind kind;

    /** The webhook subscription it is for; null for a WebSub ping. */
    @Column(name = "subscription_id")
    private Long subscriptionId;

    /** What happened: post.published, post.updated, post.removed. */
    @Column(nullable = false, length = 40)
    private String event;

    @Column(nullable = false, length = 1000)
    private String url;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(nullable = false, columnDefinition = LONG_TEXT)
    private String body;

    /** {@code sha256=<hex>}: the HMAC-SHA256 of the body with the subscription's secret; null for a WebSub ping. */
    @Column(length = 100)
    private String signature;

    protected OutboxRequest() {
    }

    OutboxRequest(Kind kind, Long subscriptionId, String event, String url, String contentType, String body, String signature,
                  Instant now) {
        super(now);
        this.kind = kind;
        this.subscriptionId = subscriptionId;
        this.event = event;
        this.url = url;
        this.contentType = contentType;
        this.body = body;
        this.signature = signature;
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public Long getSubscriptionId() { return subscriptionId; }
    public String getEvent() { return event; }
    public String getUrl() { return url; }
    public String getContentType() { return contentType; }
    public String getBody() { return body; }
    public String getSignature() { return signature; }
}
