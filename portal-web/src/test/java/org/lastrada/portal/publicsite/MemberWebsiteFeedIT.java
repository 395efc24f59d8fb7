package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.federation.FeedFetcher;
import org.lastrada.portal.shared.federation.MemberFeed;
import org.lastrada.portal.shared.federation.MemberFeedRepository;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's member website over real HTTP: the portal serves La Strada Netherlands' stand-in feed and subscribed the
 * member to it at start; fetching it puts the items in the review queue, and once approved a post from the website says
 * where it was first published, which is also its canonical page.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.jpa.properties.hibernate.generate_statistics=true") // as PublicSiteIT: one application context
@ActiveProfiles("test")
class MemberWebsiteFeedIT {

    private static final String TRAINING = "Training voor gemeenten: signalen van arbeidsuitbuiting herkennen";

    @LocalServerPort int port;
    @Autowired MemberFeedRepository feeds;
    @Autowired FeedFetcher fetcher;
    @Autowired PostRepository posts;
    @Autowired PostSteps postSteps;
    @Autowired AccountRepository accounts;
    @Autowired TransactionTemplate transaction;

    private final SiteVisitor site = new SiteVisitor(() -> port);

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void theDemoMembersWebsiteFeedsTheReviewQueueAndTheApprovedPostLinksItsOriginal() {
        HttpResponse<String> feed = site.get("/site/demo-website/feed.xml");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/rss+xml"));
        assertThat(feed.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(feed.body()).contains("<language>nl</language>").doesNotContain("{days-ago");

        MemberFeed subscription = transaction.execute(status -> feeds.findAllWithOrganisation().stream()
                .filter(f -> f.getOrganisation().getSlug().equals("la-strada-netherlands")).findFirst().orElseThrow());
        assertThat(subscription.getUrl()).isEqualTo("http://127.0.0.1:" + port + "/site/demo-website/feed.xml");
        fetcher.fetchDue();

        Post training = fromWebsite(TRAINING);
        assertThat(training.getStatus()).as("waits for review").isEqualTo(PostStatus.SUBMITTED);
        assertThat(training.getContent().getLanguage()).isEqualTo("nl");
        assertThat(training.getContent().getBody()).contains("**arbeidsuitbuiting**").doesNotContain("<script", "alert(");
        assertThat(site.get("/news/" + training.getSlug()).statusCode()).as("not public before approval").isEqualTo(404);

        Fixtures.signIn(accounts.findByUsername("moderator").orElseThrow().asActor());
        postSteps.perform(training.getId(), WorkflowAction.APPROVE, null);

        Document page = site.page("/news/" + training.getSlug());
        Element source = page.selectFirst("article p.source");
        assertThat(source.text()).isEqualTo("First published on www.example.org");
        assertThat(source.selectFirst("a").attr("href")).isEqualTo("https://www.example.org/la-strada-netherlands/nieuws/training-gemeenten");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .as("the original is on another site than the feed (the demo serves the feed itself): never handed the canonical")
                .isEqualTo("http://localhost:" + port + "/news/" + training.getSlug());
        assertThat(page.select("article ul:not(.tag-list) li")).hasSize(3);
        assertThat(site.page("/nl/news/" + training.getSlug()).selectFirst("article p.source").text())
                .isEqualTo("Oorspronkelijk gepubliceerd op www.example.org");
    }

    private Post fromWebsite(String title) {
        return transaction.execute(status -> {
            List<Post> found = posts.findAll(PageRequest.of(0, 2000)).stream()
                    .filter(p -> p.getSource() != null && p.getTitle().equals(title)).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        });
    }
}
