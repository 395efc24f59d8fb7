package org.lastrada.portal.shared.federation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.notifications.NotificationProperties;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostWentPublic;
import org.lastrada.portal.shared.workflow.ItemType;
import org.lastrada.portal.shared.workflow.ModerationEvent;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.lastrada.portal.shared.workflow.WorkflowStepTaken;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells subscribers when the public content changes, by writing requests to the outbox in the change's own transaction
 * (the dispatcher sends them): a post became public ({@code post.published}, once, when its moment comes), a published
 * post's change was approved ({@code post.updated}), a published post was taken down or archived
 * ({@code post.removed}). The WebSub hub, if one is configured, is pinged with every feed the post is in (W3C WebSub,
 * publisher side: {@code hub.mode=publish} and the feeds' addresses); each active webhook subscription that chose the
 * event gets a JSON description of it, signed with its secret ({@code X-LSI-Signature: sha256=...}).
 */
@Component
public class PushAnnouncements {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON = "application/json";

    private final PostRepository posts;
    private final WebhookSubscriptionRepository subscriptions;
    private final OutboxRequestRepository outbox;
    private final FederationProperties properties;
    private final NotificationProperties site;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    PushAnnouncements(PostRepository posts, WebhookSubscriptionRepository subscriptions, OutboxRequestRepository outbox,
                      FederationProperties properties, NotificationProperties site, Clock clock) {
        this.posts = posts;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.properties = properties;
        this.site = site;
        this.clock = clock;
    }

    @EventListener
    void on(PostWentPublic event) {
        posts.findById(event.postId()).ifPresent(post -> announce("post.published", post));
    }

    @EventListener
    void on(WorkflowStepTaken step) {
        ModerationEvent event = step.event();
        if (step.postId() == null) {
            return;
        }
        boolean changeApproved = event.getItemType() == ItemType.POST_REVISION && event.getAction() == WorkflowAction.APPROVE;
        boolean removed = event.getItemType() == ItemType.POST && PostStatus.PUBLISHED.name().equals(event.getFromState())
                && (event.getAction() == WorkflowAction.TAKE_DOWN || event.getAction() == WorkflowAction.ARCHIVE);
        if (changeApproved || removed) {
            posts.findById(step.postId()).ifPresent(post -> {
                // A change approved before an embargo ends is told when the post goes public, as post.published.
                if (removed || post.isPublicAt(clock.instant())) {
                    announce(removed ? "post.removed" : "post.updated", post);
                }
            });
        }
    }

    private void announce(String event, Post post) {
        Instant now = clock.instant();
        if (properties.hasWebsubHub()) {
            outbox.save(new OutboxRequest(OutboxRequest.Kind.WEBSUB, null, event, properties.websubHub().strip(), FORM,
                    websubPing(post), null, now));
        }
        String payload = null;
        for (WebhookSubscription subscription : subscriptions.findByActiveTrue()) {
            if (subscription.wants(event)) {
                payload = payload != null ? payload : webhookPayload(event, post, now);
                outbox.save(new OutboxRequest(OutboxRequest.Kind.WEBHOOK, subscription.getId(), event, subscription.getUrl(), JSON,
                        payload, signature(subscription.getSecret(), payload), now));
            }
        }
    }

    /** The feeds the post is in, in every language: the network's, its organisation's and its type's. */
    List<String> feedsOf(Post post) {
        String base = site.baseUrl().replaceAll("/+$", "");
        List<String> feeds = new ArrayList<>();
        for (NetworkLanguage language : NetworkLanguage.values()) {
            String prefix = base + language.pathPrefix();
            feeds.add(prefix + "/feeds/news.atom");
            feeds.add(prefix + "/feeds/members/" + post.getOrganisation().getSlug() + ".atom");
            feeds.add(prefix + "/feeds/types/" + post.getType().name().toLowerCase(Locale.ROOT) + ".atom");
        }
        return feeds;
    }

    private String websubPing(Post post) {
        StringBuilder body = new StringBuilder("hub.mode=publish");
        for (String feed : feedsOf(post)) {
            body.append("&hub.url=").append(URLEncoder.encode(feed, StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private String webhookPayload(String event, Post post, Instant now) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("id", post.getId());
        described.put("slug", post.getSlug());
        described.put("url", site.baseUrl().replaceAll("/+$", "") + "/news/" + post.getSlug());
        described.put("title", post.getTitle());
        described.put("type", post.getType().name().toLowerCase(Locale.ROOT));
        described.put("language", post.getContent().getLanguage());
        described.put("organisation", Map.of("slug", post.getOrganisation().getSlug(), "name", post.getOrganisation().getName()));
        described.put("publishedAt", post.getPublishedAt() == null ? null : post.getPublishedAt().toString());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", event);
        payload.put("occurredAt", now.toString());
        payload.put("post", described);
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code sha256=} and the hex HMAC-SHA256 of the body under the secret: what a receiver recomputes to trust it. */
    static String signature(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
