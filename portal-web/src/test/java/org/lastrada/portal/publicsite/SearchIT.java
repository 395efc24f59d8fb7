package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.members.profile.ProfileProposals;
import org.lastrada.portal.secretariat.network.NetworkOrganisations;
import org.lastrada.portal.secretariat.moderation.Moderation;
import org.lastrada.portal.secretariat.moderation.ModerationQueue.Kind;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationService;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.profiles.ProfileRevision;
import org.lastrada.portal.shared.searchindex.SearchIndex;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;

/**
 * /search over real HTTP: English word forms, best matches first, marked snippets, and an index that follows
 * every publish, archive, take-down, profile approval and suspension. Bad queries get a reason, never a 500,
 * and are never reflected unescaped.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchIT {

    @LocalServerPort int port;
    @Autowired PostSteps postSteps;
    @Autowired ProfileProposals profileProposals;
    @Autowired Moderation moderation;
    @Autowired OrganisationService organisationService;
    @Autowired NetworkOrganisations networkOrganisations;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired AccountRepository accounts;
    @Autowired SearchIndex searchIndex;
    @Autowired JdbcClient jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private Actor editor;
    private Actor moderator;

    @BeforeEach
    void waitForTheIndex() throws Exception {
        // Each test class starts from the demo network (KnownDatabaseState), indexed before the class runs.
        searchIndex.rebuilt().get(5, TimeUnit.MINUTES);
        editor = accounts.findByUsername("moldova.editor").orElseThrow().asActor();
        moderator = accounts.findByUsername("moderator").orElseThrow().asActor();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void findsWordsAnywhereInALongBodyAndMarksThemInItsOpening() {
        String filler = "The network met partners in the region to talk about prevention and support. ".repeat(40);
        Post post = publish("Regional meeting", "Early " + marker + "a in the text. " + filler + "Late " + marker + "b at the end.");
        assertThat(post.getContent().getBody().length()).isGreaterThan(2 * PostContent.OPENING_LENGTH);

        String early = search(marker + "a").body();
        assertThat(early).contains("/news/" + post.getSlug(), "<mark>" + marker + "a</mark>");
        // Past the opening a word still finds the post; its snippet is then the post's own start, unmarked.
        String late = search(marker + "b").body();
        assertThat(late).contains("/news/" + post.getSlug(), "1 post").doesNotContain("<mark>" + marker + "b</mark>");
    }

    @Test
    void findsPublishedPostsByTheirWordsInEnglishFormsBestMatchFirstWithMarkedSnippets() {
        Post inBody = publish("Annual report of the helpline", "Last year the helpline answered calls from many trafficked "
                + "persons; the shelter " + marker + " housed victims of labour exploitation.");
        Post inTitle = publish("Shelter " + marker + " opens its doors", "A new shelter for victims.");
        Post draft = as(editor, () -> postSteps.createDraft(editor.organisationId(), content("Draft " + marker, "Not yet."), null));

        String page = search(marker + " victim").body();
        assertThat(page).contains("/news/" + inTitle.getSlug(), "/news/" + inBody.getSlug())
                .doesNotContain("/news/" + draft.getSlug());
        assertThat(page.indexOf("/news/" + inTitle.getSlug())).as("a title match ranks first")
                .isLessThan(page.indexOf("/news/" + inBody.getSlug()));
        assertThat(page).contains("<mark>" + marker + "</mark>", "<mark>victims</mark>", "2 posts");
        // "trafficking" finds "trafficked" through English stemming.
        assertThat(search(marker + " trafficking").body()).contains("/news/" + inBody.getSlug())
                .doesNotContain("/news/" + inTitle.getSlug());
    }

    @Test
    void archivingOrTakingDownAPostTakesItOutOfTheResults() {
        Post archived = publish("To be archived " + marker, "Archive me.");
        Post takenDown = publish("To be taken down " + marker, "Take me down.");
        assertThat(search(marker).body()).contains(archived.getSlug(), takenDown.getSlug());

        as(editor, () -> postSteps.perform(archived.getId(), WorkflowAction.ARCHIVE, null));
        as(moderator, () -> postSteps.perform(takenDown.getId(), WorkflowAction.TAKE_DOWN, "Contains a victim's name."));

        assertThat(search(marker).body()).doesNotContain(archived.getSlug()).doesNotContain(takenDown.getSlug())
                .contains("Nothing matches");
    }

    @Test
    void anOrganisationIsFoundByItsLiveProfileOnlyAndNotWhileSuspended() {
        MemberOrganisation moldova = organisations.findById(editor.organisationId()).orElseThrow();
        ProfileRevision revision = as(editor, () -> {
            var proposed = moldova.getProfile().copy();
            proposed.setLongDescription(proposed.getLongDescription() + "\n\nWe now run the " + marker + " outreach programme.");
            return profileProposals.propose(moldova.getId(), profileProposals.editingBase(moldova.getId()), proposed);
        });
        assertThat(search(marker).body()).as("a pending change is not public").doesNotContain("/members/" + moldova.getSlug());

        as(moderator, () -> { moderation.decide(Kind.PROFILE_REVISION, revision.getId(), revision.getVersion(), WorkflowAction.APPROVE, null); return null; });
        String found = search(marker + " outreach").body();
        // Found by a word of its long description; the result quotes its short description (marked where it matches).
        assertThat(found).contains("Member organisations", "/members/" + moldova.getSlug(),
                HtmlUtils.htmlEscape(moldova.getProfile().getShortDescription()));

        Actor admin = accounts.findByUsername("admin").orElseThrow().asActor();
        Post post = publish("Moldova news " + marker, "Text.");
        try {
            as(admin, () -> networkOrganisations.changeStatus(moldova.getId(), OrganisationStatus.SUSPENDED));
            assertThat(search(marker).body()).doesNotContain("/members/" + moldova.getSlug()).doesNotContain(post.getSlug());
        } finally {
            as(admin, () -> networkOrganisations.changeStatus(moldova.getId(), OrganisationStatus.ACTIVE));
        }
        assertThat(search(marker).body()).contains("/members/" + moldova.getSlug(), post.getSlug());
    }

    @Test
    void markupInPostsAndQueriesIsShownAsTextNeverRun() {
        Post post = publish("Markup " + marker, "<img src=x onerror=alert(1)> <script>alert(2)</script> " + marker + " **bold**");
        String page = search(marker).body();
        assertThat(page).contains(post.getSlug()).doesNotContain("<img src=x").doesNotContain("<script>alert(2)");

        HttpResponse<String> reflected = search("<script>alert(3)</script>");
        assertThat(reflected.statusCode()).isEqualTo(200);
        assertThat(reflected.body()).doesNotContain("<script>alert(3)").contains("&lt;script&gt;alert(3)&lt;/script&gt;");
    }

    @Test
    void aPostFoundByItsTitleShowsItsTextEscapedNeverAsMarkup() {
        Post post = publish("Refresh " + marker, "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\"> "
                + "<b>bold</b> <style>body{display:none}</style> plain words");
        String page = search(marker).body();
        assertThat(page).contains("/news/" + post.getSlug()).doesNotContain("<meta http-equiv=\"refresh\"")
                .doesNotContain("<b>bold</b>").doesNotContain("<style>body").contains("plain words");
    }

    @Test
    void aStaleIndexEntryNeverShowsWordsTheDatabaseNoLongerHas() {
        Post post = publish("Victim named " + marker, "The story of a named victim " + marker + ".");
        // Changed behind the index's back (a restore, a manual fix): the index still has the old words.
        jdbc.sql("update post set title = 'Story of a survivor', body = 'The story of a survivor.', version = version + 1 "
                + "where id = :id").param("id", post.getId()).update();
        String page = search(marker).body();
        assertThat(page).contains("/news/" + post.getSlug(), "Story of a survivor").doesNotContain("Victim named")
                .doesNotContain("named victim");
    }

    @Test
    void anIndexMissingDocumentsIsRebuiltAtStartEvenIfNotEmpty() throws Exception {
        Post post = publish("Shelter network report " + marker, "The shelters of the network in one report.");
        // As after a rebuild cut short by a stop: the organisations are in the index, the posts are not.
        // (Refreshed: on OpenSearch a purge is seen by searches only after the index's next refresh.)
        SearchWorkspace posts = Search.mapping(entityManagerFactory).scope(Post.class).workspace();
        posts.purge();
        posts.refresh();
        assertThat(search(marker).body()).doesNotContain(post.getSlug());

        searchIndex.rebuildWhenIncomplete(); // what the portal does when it has started
        searchIndex.rebuilt().get(5, TimeUnit.MINUTES);

        assertThat(search(marker).body()).contains("/news/" + post.getSlug());
    }

    @Test
    void oddLongOrEmptyQueriesGetAnAnswerNotAnError() {
        for (String odd : List.of("\"", "(((", "*", "-", "AND OR NOT", "a\u0000b", "%", "~~~", "\\", "+-+", "  ",
                "a~2", "a~", "abc~2", "\"a b\"~3", "shelter~0.5", "~2 a", "a^2", "a*~")) {
            assertThat(search(odd).statusCode()).as("query [" + odd + "]").isEqualTo(200);
        }
        assertThat(get("/search").statusCode()).isEqualTo(200);
        HttpResponse<String> tooLong = search("x".repeat(PublicSearch.MAX_QUERY_LENGTH + 1));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("at most 200 characters");
        assertThat(tooLong.headers().firstValue("Cache-Control")).as("an error is never stored by a cache").contains("no-store");
        assertThat(tooLong.headers().firstValue("ETag")).isEmpty();
        assertThat(get("/search?q=shelter&page=0").statusCode()).isEqualTo(400);
        assertThat(get("/search?q=shelter&page=101").body()).contains("up to page 100");
        assertThat(get("/search?q=shelter").headers().firstValue("Set-Cookie")).isEmpty();
    }

    private Post publish(String title, String body) {
        Post draft = as(editor, () -> postSteps.createDraft(editor.organisationId(), content(title, body), null));
        as(editor, () -> postSteps.perform(draft.getId(), WorkflowAction.SUBMIT, null));
        return as(moderator, () -> postSteps.perform(draft.getId(), WorkflowAction.APPROVE, null));
    }

    private static PostContent content(String title, String body) {
        PostContent content = new PostContent(PostType.NEWS, title, "en");
        content.setBody(body);
        return content;
    }

    private static <T> T as(Actor actor, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                List.of(new SimpleGrantedAuthority(actor.role().authority()))));
        return action.get();
    }

    private HttpResponse<String> search(String query) {
        return get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
