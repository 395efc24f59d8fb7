package org.lastrada.portal.shared.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A receiver the secretariat registered for the network's changes (a member's website, a partner's system): it gets a
 * signed POST for each event it chose. The secret signs the body (HMAC-SHA256), so the receiver knows it came from here.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    /** The events a subscriber can choose. */
    public static final Set<String> EVENTS = new TreeSet<>(Set.of("post.published", "post.updated", "post.removed"));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 1000)
    private String url;

    @Column(nullable = false, length = 100)
    private String secret;

    /** The chosen events, comma-separated. */
    @Column(nullable = false, length = 200)
    private String events;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebhookSubscription() {
    }

    WebhookSubscription(String name, String url, String secret, Set<String> events, Instant now) {
        this.name = name;
        this.url = url;
        this.secret = secret;
        this.events = String.join(",", new TreeSet<>(events));
        this.createdAt = now;
    }

    boolean wants(String event) {
        return active && getEvents().contains(event);
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getUrl() { return url; }
    public String getSecret() { return secret; }
    public Set<String> getEvents() {
        return Arrays.stream(events.split(",")).filter(e -> !e.isBlank()).collect(Collectors.toCollection(TreeSet::new));
    }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
}
