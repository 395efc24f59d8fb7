package org.lastrada.portal.shared.federation;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's webhook subscribers: who is told of which changes of the public content, with the secret each
 * signs with (made here, 32 random bytes, shown to administrators to give to the receiver). Administrators only; every
 * change is in the audit log, and a refused request changes nothing.
 */
@Service
public class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookSubscriptionRepository subscriptions;
    private final OutboxRequestRepository outbox;
    private final SafeHttpClient http;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Clock clock;

    Webhooks(WebhookSubscriptionRepository subscriptions, OutboxRequestRepository outbox, SafeHttpClient http,
             CurrentActor currentActor, AuditLog auditLog, Clock clock) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.http = http;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WebhookSubscription> list() {
        requireAdmin();
        return subscriptions.findAllByOrderByNameAscIdAsc();
    }

    /** The last requests of the outbox (WebSub pings and webhooks), newest first, with how each went. */
    @Transactional(readOnly = true)
    public List<OutboxRequest> recentDeliveries() {
        requireAdmin();
        return outbox.findTop100ByOrderByIdDesc();
    }

    /**
     * A new subscriber, told from now on of the chosen events. Refused with the reason on the field: no name, an address
     * that is not http(s) or leads to a private or local address, no event or an unknown one.
     */
    @Transactional
    public WebhookSubscription subscribe(String name, String url, Set<String> events) {
        Actor actor = requireAdmin();
        String trimmedName = name == null ? "" : name.strip();
        if (trimmedName.isEmpty() || trimmedName.length() > 120) {
            throw new InvalidInputException("name", Message.of("federation.webhooks.refusal.name"));
        }
        URI address;
        try {
            address = http.check(url);
        } catch (RemoteProblem problem) {
            throw new InvalidInputException("url", problem.message());
        }
        if (address.toString().length() > MemberFeed.URL_LENGTH) {
            throw new InvalidInputException("url", Message.of("federation.refusal.url-too-long"));
        }
        if (events == null || events.isEmpty() || !WebhookSubscription.EVENTS.containsAll(events)) {
            throw new InvalidInputException("events", Message.of("federation.webhooks.refusal.events"));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        WebhookSubscription subscription = subscriptions.save(new WebhookSubscription(trimmedName, address.toString(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret), events, clock.instant()));
        auditLog.record(actor, "webhook.subscribe", "webhook", subscription.getId(), null, trimmedName + " " + address + " " + events);
        return subscription;
    }

    /** A paused subscriber is told nothing until it is resumed (nothing is kept for it meanwhile). */
    @Transactional
    public WebhookSubscription setActive(Long id, boolean active) {
        Actor actor = requireAdmin();
        WebhookSubscription subscription = find(id);
        subscription.setActive(active);
        auditLog.record(actor, active ? "webhook.resume" : "webhook.pause", "webhook", id, null, subscription.getUrl());
        return subscription;
    }

    @Transactional
    public void remove(Long id) {
        Actor actor = requireAdmin();
        WebhookSubscription subscription = find(id);
        subscriptions.delete(subscription);
        auditLog.record(actor, "webhook.remove", "webhook", id, null, subscription.getUrl());
    }

    private WebhookSubscription find(Long id) {
        return subscriptions.findById(id)
                .orElseThrow(() -> new InvalidInputException("webhook", Message.of("federation.webhooks.refusal.no-such-webhook")));
    }

    private Actor requireAdmin() {
        Actor actor = currentActor.require();
        if (actor.role() != Role.ADMIN) {
            throw new AccessDeniedException(actor.username() + " may not manage webhooks.");
        }
        return actor;
    }
}
