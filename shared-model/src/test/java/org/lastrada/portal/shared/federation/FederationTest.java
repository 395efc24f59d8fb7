package org.lastrada.portal.shared.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.audit.AuditEventRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostRevisionRepository;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.ItemType;
import org.lastrada.portal.shared.workflow.ModerationEventRepository;
import org.lastrada.portal.shared.workflow.RevisionStatus;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member's website feeds the portal: a real local HTTP server serves the feed, the fetcher takes its items as posts
 * waiting for review (marked with their source), a 304 and an unchanged item take nothing, a changed item changes the
 * waiting post or becomes a revision of the published one, an item is taken once even after its feed is removed and
 * added again, a trusted feed publishes directly, a broken feed leaves a problem and nothing else, and every refused
 * request changes nothing.
 */
@Tag("database")
@SpringBootTest(classes = SharedModelTestApplication.class, properties = {"portal.demo.enabled=true", "portal.publishing.initial-delay=1h",
        "portal.federation.fetch=false", "portal.federation.allow-loopback=true"})
class FederationTest {

    @Autowired MemberFeeds memberFeeds;
    @Autowired FeedFetcher fetcher;
    @Autowired MemberFeedRepository feedRepository;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired PostRepository posts;
    @Autowired PostRevisionRepository revisions;
    @Autowired ModerationEventRepository moderationEvents;
    @Autowired AuditEventRepository auditEvents;
    @Autowired PostSteps postSteps;
    @Autowired TransactionTemplate transaction;

    private final FeedServer server = new FeedServer();
    private MemberOrganisation member;

    @BeforeEach
    void aMemberWithAWebsite() {
        member = Fixtures.newMember(organisations);
        Fixtures.signIn(Fixtures.actor(Role.ORG_ADMIN, member.getId()));
    }

    @AfterEach
    void stop() {
        server.close();
        Fixtures.signOut();
    }

    @Test
    void takesNewItemsForReviewWithTheirSourceThenNothingWhenTheFeedIsUnchanged() {
        server.feed("/feed", "application/rss+xml", FeedServer.fixture("rss2.xml"), "\"v1\"");
        MemberFeed feed = memberFeeds.register(member.getId(), server.url("/feed"), PostType.NEWS, "en", null);

        fetchNow(feed);

        List<Post> taken = postsOf(member);
        assertThat(taken).extracting(Post::getTitle).containsExactly("Raport roczny 2025", "Szkolenie dla pracowników socjalnych");
        Post training = taken.get(1);
        assertThat(training.getStatus()).isEqualTo(PostStatus.SUBMITTED);
        assertThat(training.getSource().getUrl()).isEqualTo("https://www.strada.org.pl/szkolenie");
        assertThat(training.getSource().getPublishedAt()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(training.getContent().getLanguage()).isEqualTo("pl"); // the feed's pl-PL, not the feed's default
        assertThat(training.getContent().getTags()).containsExactly("handel-ludzmi", "szkolenia");
        assertThat(training.getContent().getSummary()).isEqualTo("Krótko o szkoleniu.");
        assertThat(training.getContent().getBody()).contains("**ofiary handlu ludźmi**", "[kontakt](https://www.strada.org.pl/kontakt)")
                .doesNotContain("script", "alert", "javascript", "onclick");
        assertThat(training.getAuthorAccountId()).isNull();
        assertThat(moderationEvents.findByItemTypeAndItemIdOrderByOccurredAtAscIdAsc(ItemType.POST, training.getId()))
                .singleElement().satisfies(event -> assertThat(event.getAction()).isEqualTo(WorkflowAction.SUBMIT));
        MemberFeed state = feedRepository.findById(feed.getId()).orElseThrow();
        assertThat(state.getItemsTaken()).isEqualTo(2);
        assertThat(state.getTitle()).isEqualTo("La Strada Poland – aktualności");
        assertThat(state.getLastFetchedAt()).isNotNull();
        assertThat(state.getLastError()).isNull();
        assertThat(state.getEtag()).isEqualTo("\"v1\"");

        fetchNow(feed); // answered 304: nothing read, nothing taken
        assertThat(server.requests("/feed")).isEqualTo(2);
        assertThat(postsOf(member)).hasSize(2);
        assertThat(feedRepository.findById(feed.getId()).orElseThrow().getItemsTaken()).isEqualTo(2);
    }

    @Test
    void aChangedItemChangesTheWaitingPostOrBecomesARevisionOfThePublishedOne() {
        String original = FeedServer.fixture("rss2.xml");
        server.feed("/feed", "application/rss+xml", original, "\"v1\"");
        MemberFeed feed = memberFeeds.register(member.getId(), server.url("/feed"), PostType.STATEMENT, "pl", null);
        fetchNow(feed);
        Post report = postsOf(member).get(0);
        Fixtures.signIn(Fixtures.actor(Role.MODERATOR, null));
        postSteps.perform(report.getId(), WorkflowAction.APPROVE, null);
        Post published = posts.findById(report.getId()).orElseThrow();
        assertThat(published.getPublishedAt()).as("the website's date").isEqualTo(Instant.parse("2026-11-20T11:00:00Z"));
        assertThat(published.getType()).isEqualTo(PostType.STATEMENT);

        server.feed("/feed", "application/rss+xml", original.replace("Szkolenie dla pracowników socjalnych", "Szkolenie dla policji")
                .replace("Nasz raport roczny za rok 2025.", "Nasz raport roczny za rok 2025, poprawiony."), "\"v2\"");
        fetchNow(feed);

        List<Post> after = postsOf(member);
        assertThat(after).hasSize(2);
        assertThat(after.get(1).getTitle()).isEqualTo("Szkolenie dla policji");
        assertThat(after.get(1).getStatus()).isEqualTo(PostStatus.SUBMITTED);
        Post live = after.get(0);
        assertThat(live.getContent().getBody()).as("the public keeps the approved text").doesNotContain("poprawiony");
        assertThat(revisions.findByOpenForPostId(live.getId())).hasValueSatisfying(revision -> {
            assertThat(revision.getStatus()).isEqualTo(RevisionStatus.SUBMITTED);
            assertThat(revision.getContent().getBody()).contains("poprawiony");
        });
    }

    @Test
    void anItemIsTakenOnceEvenAfterItsFeedIsRemovedAndAddedAgain() {
        server.feed("/feed", "application/rss+xml", FeedServer.fixture("rss2.xml"), null);
        MemberFeed feed = memberFeeds.register(member.getId(), server.url("/feed"), PostType.NEWS, "pl", null);
        fetchNow(feed);
        memberFeeds.remove(feed.getId());
        assertThat(postsOf(member)).as("the posts stay").hasSize(2);

        MemberFeed again = memberFeeds.register(member.getId(), server.url("/feed"), PostType.NEWS, "pl", null);
        fetchNow(again);
        assertThat(postsOf(member)).hasSize(2);
        assertThat(feedRepository.findById(again.getId()).orElseThrow().getItemsTaken()).isZero();
    }

    @Test
    void aTrustedFeedPublishesDirectlyAndOnlyTheSecretariatMayTrustOne() {
        server.feed("/feed", "application/feed+json", FeedServer.fixture("jsonfeed.json"), null);
        MemberFeed feed = memberFeeds.register(member.getId(), server.url("/feed"), PostType.NEWS, "en", null);
        assertThatThrownBy(() -> memberFeeds.setTrusted(feed.getId(), true)).isInstanceOf(AccessDeniedException.class);
        assertThat(feedRepository.findById(feed.getId()).orElseThrow().isTrusted()).isFalse();

        Fixtures.signIn(Fixtures.actor(Role.MODERATOR, null));
        memberFeeds.setTrusted(feed.getId(), true);
        assertThat(auditEvents.findByActionOrderByOccurredAtDesc("feed.trust")).anySatisfy(
                event -> assertThat(event.getTargetId()).isEqualTo(feed.getId().toString()));
        fetchNow(feed);

        assertThat(postsOf(member)).singleElement().satisfies(post -> {
            assertThat(post.getStatus()).isEqualTo(PostStatus.PUBLISHED);
            assertThat(post.getContent().getLanguage()).isEqualTo("ro");
            assertThat(post.getPublishedAt()).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
            assertThat(moderationEvents.findByItemTypeAndItemIdOrderByOccurredAtAscIdAsc(ItemType.POST, post.getId()))
                    .extracting(event -> event.getAction()).containsExactly(WorkflowAction.SUBMIT, WorkflowAction.APPROVE);
        });
    }

    @Test
    void anAtomFeedInUkrainianBecomesAUkrainianPostOnItsSite() {
        server.feed("/atom", "application/atom+xml", FeedServer.fixture("atom.xml"), "\"a1\"");
        MemberFeed feed = memberFeeds.register(member.getId(), server.url("/atom"), PostType.NEWS, "en", 60);
        fetchNow(feed);

        assertThat(postsOf(member)).singleElement().satisfies(post -> {
            assertThat(post.getTitle()).isEqualTo("Гаряча лінія працює цілодобово");
            assertThat(post.getContent().getLanguage()).isEqualTo("uk");
            assertThat(post.getContent().getBody()).isEqualTo("Консультанти відповідають *анонімно*.");
            assertThat(post.getContent().getTags()).isEmpty(); // "допомога" has no Latin address: no tag rather than a wrong one
            assertThat(post.getSource().getUrl()).isEqualTo("https://la-strada.org.ua/novyny/liniya");
            assertThat(post.getSource().isCanonical()).as("an item on another site than this test server's feed").isFalse();
        });
        assertThat(feedRepository.findById(feed.getId()).orElseThrow().getFetchIntervalMinutes()).isEqualTo(60);
    }

    @Test
    void aBrokenOrHostileFeedLeavesAProblemOnTheFeedAndNothingElse() {
        server.feed("/broken", "application/rss+xml", FeedServer.fixture("malformed.xml"), null);
        server.feed("/xxe", "application/rss+xml", FeedServer.fixture("xxe.xml"), null);
        MemberFeed broken = memberFeeds.register(member.getId(), server.url("/broken"), PostType.NEWS, "pl", null);
        MemberFeed hostile = memberFeeds.register(member.getId(), server.url("/xxe"), PostType.NEWS, "pl", null);
        Instant before = Instant.now();
        fetchNow(broken);
        fetchNow(hostile);

        MemberFeed brokenState = feedRepository.findById(broken.getId()).orElseThrow();
        assertThat(brokenState.getLastError().key()).isEqualTo("federation.problem.not-a-feed");
        assertThat(brokenState.getFailures()).isEqualTo(1);
        assertThat(brokenState.getNextFetchAt()).as("backs off: twice the interval").isAfter(before.plusSeconds(59 * 60));
        assertThat(feedRepository.findById(hostile.getId()).orElseThrow().getLastError().key()).isEqualTo("federation.problem.doctype");
        assertThat(postsOf(member)).isEmpty();
    }

    @Test
    void refusedRequestsChangeNothing() {
        server.feed("/feed", "application/rss+xml", FeedServer.fixture("rss2.xml"), null);
        MemberFeed feed = memberFeeds.register(member.getId(), server.url("/feed"), PostType.NEWS, "pl", null);
        long feedsBefore = feedRepository.count();

        assertThatThrownBy(() -> memberFeeds.register(member.getId(), server.url("/feed"), PostType.NEWS, "pl", null))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("url");
        assertThatThrownBy(() -> memberFeeds.register(member.getId(), "ftp://example.org/feed", PostType.NEWS, "pl", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> memberFeeds.register(member.getId(), "http://192.168.0.10/feed", PostType.NEWS, "pl", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("private network");
        assertThatThrownBy(() -> memberFeeds.register(member.getId(), server.url("/other"), PostType.EVENT, "pl", null))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("defaultType");
        assertThatThrownBy(() -> memberFeeds.register(member.getId(), server.url("/other"), PostType.NEWS, "xx", null))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("defaultLanguage");
        assertThatThrownBy(() -> memberFeeds.register(member.getId(), server.url("/other"), PostType.NEWS, "pl", 1))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("interval");

        MemberOrganisation other = Fixtures.newMember(organisations);
        Fixtures.signIn(Fixtures.actor(Role.ORG_ADMIN, other.getId()));
        assertThatThrownBy(() -> memberFeeds.register(member.getId(), server.url("/other"), PostType.NEWS, "pl", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberFeeds.setPaused(feed.getId(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberFeeds.remove(feed.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(memberFeeds.list()).isEmpty();

        Fixtures.signIn(Fixtures.actor(Role.EDITOR, member.getId()));
        assertThatThrownBy(() -> memberFeeds.register(member.getId(), server.url("/other"), PostType.NEWS, "pl", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberFeeds.list()).isInstanceOf(AccessDeniedException.class);

        assertThat(feedRepository.count()).isEqualTo(feedsBefore);
        MemberFeed unchanged = feedRepository.findById(feed.getId()).orElseThrow();
        assertThat(unchanged.isPaused()).isFalse();
        assertThat(unchanged.isTrusted()).isFalse();
    }

    @Test
    void aDueFeedIsClaimedByOneReplicaOnly() {
        MemberFeed feed = memberFeeds.register(member.getId(), server.url("/feed"), PostType.NEWS, "pl", null);
        Instant now = Instant.now().plusSeconds(1);
        Integer first = transaction.execute(status -> feedRepository.claim(feed.getId(), now, now.plus(FeedFetcher.LEASE)));
        Integer second = transaction.execute(status -> feedRepository.claim(feed.getId(), now, now.plus(FeedFetcher.LEASE)));
        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
    }

    private void fetchNow(MemberFeed feed) {
        memberFeeds.fetchSoon(feed.getId());
        assertThat(fetcher.fetchDue()).isGreaterThanOrEqualTo(1);
    }

    /** The organisation's posts, oldest first. */
    private List<Post> postsOf(MemberOrganisation organisation) {
        return transaction.execute(status -> posts.findByOrganisationId(organisation.getId(), PageRequest.of(0, 50)).stream()
                .sorted(java.util.Comparator.comparing(Post::getId))
                .peek(post -> post.getContent().getTags().size())
                .toList());
    }
}
