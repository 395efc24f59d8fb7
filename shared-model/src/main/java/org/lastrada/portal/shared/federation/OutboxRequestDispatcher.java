package org.lastrada.portal.shared.federation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.lastrada.portal.shared.notifications.OutboxEntry;
import org.lastrada.portal.shared.notifications.OutboxRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's HTTP requests (WebSub pings, webhooks), oldest first, each claimed in its own transaction as the
 * mails are, so with several replicas each goes out once; an answer other than 2xx, or none, is recorded and retried
 * later (1, 2, 4... minutes), never lost. Decisions only write the requests: nothing here ever makes one wait.
 */
@Component
public class OutboxRequestDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxRequestDispatcher.class);

    private final OutboxRequestRepository outbox;
    private final WebhookSubscriptionRepository subscriptions;
    private final SafeHttpClient http;
    private final FederationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxRequestDispatcher(OutboxRequestRepository outbox, WebhookSubscriptionRepository subscriptions, SafeHttpClient http,
                            FederationProperties properties, TransactionTemplate transaction, Clock clock) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.http = http;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.federation.push-every:10s}", initialDelayString = "${portal.federation.push-every:10s}")
    void scheduledDispatch() {
        if (properties.push()) {
            dispatch();
        }
    }

    /** Sends what is due; returns how many requests were answered with success. */
    public int dispatch() {
        return OutboxRound.send(outbox.findTop50ByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(OutboxEntry.Status.PENDING, clock.instant()),
                due -> outbox.claim(due.getId(), OutboxEntry.Status.PENDING), this::send, transaction);
    }

    private boolean send(OutboxRequest request) {
        if (request.getKind() == OutboxRequest.Kind.WEBHOOK
                && subscriptions.findById(request.getSubscriptionId()).filter(WebhookSubscription::isActive).isEmpty()) {
            // Removed or paused since the request was written: nothing more goes to that receiver.
            request.abandon("The webhook was removed or paused", clock.instant());
            return false;
        }
        Map<String, String> headers = request.getKind() == OutboxRequest.Kind.WEBHOOK
                ? Map.of("X-LSI-Event", request.getEvent(), "X-LSI-Delivery", String.valueOf(request.getId()),
                        "X-LSI-Signature", request.getSignature())
                : Map.of();
        try {
            int status = http.post(request.getUrl(), request.getContentType(), request.getBody().getBytes(StandardCharsets.UTF_8), headers);
            if (status >= 200 && status < 300) {
                request.sent(clock.instant());
                return true;
            }
            request.failed("HTTP " + status, clock.instant());
        } catch (RemoteProblem problem) {
            request.failed(problem.getMessage(), clock.instant());
        }
        log.info("{} {} to {} not delivered (attempt {}): {}", request.getKind(), request.getEvent(), request.getUrl(),
                request.getAttempts(), request.getLastError());
        return false;
    }
}
