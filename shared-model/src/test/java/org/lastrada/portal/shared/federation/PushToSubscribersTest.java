package org.lastrada.portal.shared.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.MutableClock;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.notifications.OutboxEntry;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.ScheduledPublishing;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Pushing out, against a real local receiver: a post going public pings the WebSub hub with the feeds it is in and
 * sends each subscriber that chose the event a webhook signed with its secret; a changed or removed post is told too;
 * a failed delivery is retried later and delivered once; only administrators keep the subscribers.
 */
@Tag("database")
@SpringBootTest(classes = SharedModelTestApplication.class, properties = {"portal.demo.enabled=true", "portal.publishing.initial-delay=1h",
        "portal.federation.fetch=false", "portal.federation.push=false", "portal.federation.allow-loopback=true",
        "portal.mail.base-url=https://portal.example.org"})
@Import(PushToSubscribersTest.Clocks.class)
class PushToSubscribersTest {

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    private static final FeedServer RECEIVER = new FeedServer();

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        registry.add("portal.federation.websub-hub", () -> RECEIVER.url("/hub"));
    }

    /** One request the receiver got. */
    record Received(String path, String body, String signature, String event) {
    }

    @Autowired Webhooks webhooks;
    @Autowired OutboxRequestDispatcher dispatcher;
    @Autowired OutboxRequestRepository outbox;
    @Autowired WebhookSubscriptionRepository subscriptions;
    @Autowired ScheduledPublishing publishing;
    @Autowired PostSteps postSteps;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired MutableClock clock;

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger hookFailuresLeft = new AtomicInteger();
    private MemberOrganisation member;

    @BeforeEach
    void aReceiverAndNothingElseWaiting() {
        RECEIVER.answer("/hub", exchange -> record(exchange, 202));
        RECEIVER.answer("/hook", exchange -> record(exchange, hookFailuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204));
        publishing.announceDue(); // the demo network's posts, announced once before the test's own
        outbox.deleteAll();
        member = Fixtures.newMember(organisations);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @AfterAll
    static void stop() {
        RECEIVER.close();
    }

    @Test
    void aPostGoingPublicPingsTheHubAndSendsASignedWebhook() {
        WebhookSubscription subscription = subscribe("post.published");
        Post post = publishedPost("Round table on labour exploitation");
        publishing.announceDue();

        assertThat(dispatcher.dispatch()).isEqualTo(2);

        Received ping = only("/hub");
        String form = URLDecoder.decode(ping.body(), StandardCharsets.UTF_8);
        assertThat(form).startsWith("hub.mode=publish&").contains(
                "hub.url=https://portal.example.org/feeds/news.atom",
                "hub.url=https://portal.example.org/pl/feeds/news.atom",
                "hub.url=https://portal.example.org/feeds/members/" + member.getSlug() + ".atom",
                "hub.url=https://portal.example.org/feeds/types/news.atom");
        Received hook = only("/hook");
        assertThat(hook.event()).isEqualTo("post.published");
        assertThat(hook.body()).contains("\"event\":\"post.published\"", "\"slug\":\"" + post.getSlug() + "\"",
                "\"url\":\"https://portal.example.org/news/" + post.getSlug() + "\"", "\"title\":\"Round table on labour exploitation\"");
        assertThat(hook.signature()).as("the receiver recomputes it with its secret")
                .isEqualTo(PushAnnouncements.signature(subscription.getSecret(), hook.body()))
                .isNotEqualTo(PushAnnouncements.signature("another secret", hook.body()));
        assertThat(outbox.findAll()).allSatisfy(request -> assertThat(request.getStatus()).isEqualTo(OutboxEntry.Status.SENT));

        publishing.announceDue();
        assertThat(dispatcher.dispatch()).as("announced once").isZero();
    }

    @Test
    void aFailedWebhookIsRetriedLaterAndDeliveredOnce() {
        subscribe("post.published");
        hookFailuresLeft.set(1);
        publishedPost("Statement on the new directive");
        publishing.announceDue();

        assertThat(dispatcher.dispatch()).as("the hub answered, the receiver failed").isEqualTo(1);
        OutboxRequest failed = outbox.findAll().stream().filter(r -> r.getKind() == OutboxRequest.Kind.WEBHOOK).findFirst().orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).isEqualTo("HTTP 500");
        assertThat(dispatcher.dispatch()).as("not before its next attempt").isZero();

        clock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.dispatch()).isEqualTo(1);
        assertThat(dispatcher.dispatch()).isZero();
        assertThat(received.stream().filter(r -> r.path().equals("/hook"))).hasSize(2);
        assertThat(outbox.findById(failed.getId()).orElseThrow().getStatus()).isEqualTo(OutboxEntry.Status.SENT);
    }

    @Test
    void nothingMoreGoesToAWebhookOncePausedEvenWhatWasWaiting() {
        WebhookSubscription subscription = subscribe("post.published");
        publishedPost("Helpline figures");
        publishing.announceDue();
        Fixtures.signIn(Fixtures.actor(Role.ADMIN, null));
        webhooks.setActive(subscription.getId(), false);

        dispatcher.dispatch();
        assertThat(received).noneMatch(r -> r.path().equals("/hook"));
        assertThat(outbox.findAll()).filteredOn(r -> r.getKind() == OutboxRequest.Kind.WEBHOOK).singleElement().satisfies(request -> {
            assertThat(request.getStatus()).isEqualTo(OutboxEntry.Status.FAILED);
            assertThat(request.getLastError()).isEqualTo("The webhook was removed or paused");
        });
    }

    @Test
    void aChangedOrRemovedPostIsToldToThoseWhoChoseIt() {
        subscribe("post.updated", "post.removed");
        Post post = publishedPost("Annual report of the member");
        publishing.announceDue();
        dispatcher.dispatch();
        assertThat(received).noneMatch(r -> r.path().equals("/hook")); // post.published was not chosen

        Fixtures.signIn(Fixtures.actor(Role.EDITOR, member.getId()));
        var revision = postSteps.proposeRevision(post.getId(), Fixtures.content("Annual report of the member, corrected"));
        Fixtures.signIn(Fixtures.actor(Role.MODERATOR, null));
        postSteps.performOnRevision(revision.getId(), WorkflowAction.APPROVE, null);
        postSteps.perform(post.getId(), WorkflowAction.TAKE_DOWN, "Published by mistake");
        dispatcher.dispatch();

        assertThat(received.stream().filter(r -> r.path().equals("/hook")).map(Received::event)).containsExactly("post.updated", "post.removed");
    }

    @Test
    void onlyAdministratorsKeepSubscribersAndRefusalsChangeNothing() {
        long before = subscriptions.count();
        Fixtures.signIn(Fixtures.actor(Role.MODERATOR, null));
        assertThatThrownBy(() -> webhooks.subscribe("Partner", RECEIVER.url("/hook"), Set.of("post.published")))
                .isInstanceOf(AccessDeniedException.class);
        Fixtures.signIn(Fixtures.actor(Role.ORG_ADMIN, member.getId()));
        assertThatThrownBy(() -> webhooks.list()).isInstanceOf(AccessDeniedException.class);

        Fixtures.signIn(Fixtures.actor(Role.ADMIN, null));
        assertThatThrownBy(() -> webhooks.subscribe(" ", RECEIVER.url("/hook"), Set.of("post.published")))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("name");
        assertThatThrownBy(() -> webhooks.subscribe("Partner", "http://169.254.169.254/latest", Set.of("post.published")))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("url");
        assertThatThrownBy(() -> webhooks.subscribe("Partner", RECEIVER.url("/hook"), Set.of()))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("events");
        assertThatThrownBy(() -> webhooks.subscribe("Partner", RECEIVER.url("/hook"), Set.of("account.deleted")))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("events");
        assertThat(subscriptions.count()).isEqualTo(before);
    }

    private WebhookSubscription subscribe(String... events) {
        Fixtures.signIn(Fixtures.actor(Role.ADMIN, null));
        WebhookSubscription subscription = webhooks.subscribe("Partner " + System.nanoTime(), RECEIVER.url("/hook"), Set.of(events));
        // Only this test's subscriber: those of other tests are paused.
        webhooks.list().stream().filter(s -> !s.getId().equals(subscription.getId()) && s.isActive())
                .forEach(s -> webhooks.setActive(s.getId(), false));
        return subscription;
    }

    private Post publishedPost(String title) {
        Fixtures.signIn(Fixtures.actor(Role.EDITOR, member.getId()));
        Post post = postSteps.createDraft(member.getId(), Fixtures.content(title), null);
        postSteps.perform(post.getId(), WorkflowAction.SUBMIT, null);
        Fixtures.signIn(Fixtures.actor(Role.MODERATOR, null));
        return postSteps.perform(post.getId(), WorkflowAction.APPROVE, null);
    }

    private Received only(String path) {
        List<Received> to = received.stream().filter(r -> r.path().equals(path)).toList();
        assertThat(to).as(path).hasSize(1);
        return to.get(0);
    }

    private void record(HttpExchange exchange, int status) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestURI().getPath(), body, exchange.getRequestHeaders().getFirst("X-LSI-Signature"),
                exchange.getRequestHeaders().getFirst("X-LSI-Event")));
        exchange.sendResponseHeaders(status, -1);
    }
}
