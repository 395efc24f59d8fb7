package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.members.posts.PostAuthoring;
import org.lastrada.portal.members.profile.ProfileProposals;
import org.lastrada.portal.publicsite.PublicCatalogue.NewsFilter;
import org.lastrada.portal.publicsite.PublicCatalogue.NewsPosition;
import org.lastrada.portal.secretariat.network.NetworkOrganisations;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.NewOrganisation;
import org.lastrada.portal.shared.organisations.OrganisationKind;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.OrganisationService;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostListKey;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.posts.PublicPostCard;
import org.lastrada.portal.shared.searchindex.SearchIndex;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public site over real HTTP: what the public sees and never sees, in every page, feed, API response,
 * search result and the sitemap; helpful
 * answers to bad addresses; no session; revalidation with ETags.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@ActiveProfiles("test")
class PublicSiteIT {

    @LocalServerPort int port;
    @Autowired PostSteps postSteps;
    @Autowired PostAuthoring postAuthoring;
    @Autowired OrganisationService organisationService;
    @Autowired NetworkOrganisations networkOrganisations;
    @Autowired ProfileProposals profileProposals;
    @Autowired SearchIndex searchIndex;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired AccountRepository accounts;
    @Autowired PublicCatalogue catalogue;
    @Autowired PublicContentVersion contentVersion;

    private final SiteVisitor site = new SiteVisitor(() -> port);

    @BeforeEach
    void waitForTheSearchIndex() throws Exception {
        // Each test class starts from the demo network (KnownDatabaseState), indexed before the class runs.
        searchIndex.rebuilt().get(5, TimeUnit.MINUTES);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void pagesShowTheNetworkItsMembersNewsAndPages() {
        assertThat(get("/").body()).contains("La Strada International", "Latest news", "La Strada Poland");
        assertThat(get("/members").body()).contains("La Strada Ukraine", "Kyiv");
        assertThat(get("/members?country=MD").body()).contains("La Strada Moldova").doesNotContain("La Strada Ukraine");
        // The demo network: Bulgaria runs a shelter, the Czech Republic does not.
        assertThat(get("/members?service=shelter").body()).contains("La Strada Bulgaria").doesNotContain("La Strada Czech Republic</a>");
        assertThat(get("/members/la-strada-poland").body()).contains("Warsaw, Poland", "La Strada Poland trains frontline workers");
        // Filters narrow the list.
        assertThat(get("/news?tag=undocumented-migrants").body()).contains("PICUM: rights-centred approach to tackle human trafficking");
        assertThat(get("/news?type=statement&organisation=international-secretariat").body())
                .contains("International Day to End Violence Against Sex Workers").doesNotContain("PICUM");
        assertThat(get("/news?country=MD&type=news").body()).contains("La Strada Moldova trains frontline workers in Chisinau")
                .doesNotContain("Warsaw");
        assertThat(get("/about/vision-and-mission").body()).contains("a world without trafficking in human beings");
        assertThat(get("/news/picum-rights-centred-approach-to-tackle-human-trafficking").body())
                .contains("<meta property=\"og:title\"", "PICUM – Platform for international cooperation");
    }

    @Test
    void nothingUnpublishedPendingSuspendedOrInternalAppearsInAnyChannel() {
        Actor editor = accounts.findByUsername("belarus.editor").orElseThrow().asActor();
        Actor moderator = accounts.findByUsername("moderator").orElseThrow().asActor();
        Actor admin = accounts.findByUsername("admin").orElseThrow().asActor();
        String marker = "hid" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        MemberOrganisation belarus = organisations.findById(editor.organisationId()).orElseThrow();

        Post draft = as(editor, () -> postSteps.createDraft(editor.organisationId(), content("Draft " + marker), null));
        Post submitted = as(editor, () -> postSteps.perform(
                postSteps.createDraft(editor.organisationId(), content("Submitted " + marker), null).getId(), WorkflowAction.SUBMIT, null));
        Post rejected = as(editor, () -> postSteps.perform(
                postSteps.createDraft(editor.organisationId(), content("Rejected " + marker), null).getId(), WorkflowAction.SUBMIT, null));
        as(moderator, () -> postSteps.perform(rejected.getId(), WorkflowAction.REJECT, "Not news."));
        Post embargoed = as(editor, () -> postSteps.perform(postSteps.createDraft(editor.organisationId(),
                content("Embargoed " + marker), Instant.now().plusSeconds(3600)).getId(), WorkflowAction.SUBMIT, null));
        as(moderator, () -> postSteps.perform(embargoed.getId(), WorkflowAction.APPROVE, null));
        // A published post with a pending change: the public keeps the approved text.
        Post published = as(editor, () -> postSteps.perform(postSteps.createDraft(editor.organisationId(),
                content("Published " + UUID.randomUUID()), null).getId(), WorkflowAction.SUBMIT, null));
        Post live = as(moderator, () -> postSteps.perform(published.getId(), WorkflowAction.APPROVE, null));
        as(editor, () -> postAuthoring.proposeRevision(live.getId(), live.getVersion(), content("Pending change " + marker)));
        // A pending profile change and an internal contact (a staff account's e-mail).
        as(editor, () -> {
            OrganisationProfile proposed = belarus.getProfile().copy();
            proposed.setShortDescription("Pending profile " + marker);
            return profileProposals.propose(belarus.getId(), profileProposals.editingBase(belarus.getId()), proposed);
        });
        Account staff = new Account("staff-" + marker, "Staff " + marker, marker + "@la-strada-belarus.example.org", Role.EDITOR,
                belarus, Instant.now());
        accounts.save(staff);

        MemberOrganisation suspended = as(admin, () -> networkOrganisations.register(
                new NewOrganisation("suspended-" + marker, OrganisationKind.MEMBER, "LT", new OrganisationProfile("Hidden Org " + marker, "Vilnius"))));
        Actor suspendedEditor = new Actor(null, "x", "X", Role.EDITOR, suspended.getId());
        Post ofSuspended = as(suspendedEditor, () -> postSteps.createDraft(suspended.getId(), content("Suspended news " + marker), null));
        as(suspendedEditor, () -> postSteps.perform(ofSuspended.getId(), WorkflowAction.SUBMIT, null));
        as(moderator, () -> postSteps.perform(ofSuspended.getId(), WorkflowAction.APPROVE, null));
        assertThat(get("/news/" + ofSuspended.getSlug()).statusCode()).isEqualTo(200);
        as(admin, () -> networkOrganisations.changeStatus(suspended.getId(), OrganisationStatus.SUSPENDED));

        for (String channel : List.of("/", "/news", "/news?organisation=la-strada-belarus", "/members", "/members/la-strada-belarus",
                "/news/" + live.getSlug(), "/feeds/news.atom", "/feeds/members/la-strada-belarus.atom", "/feeds/types/news.atom",
                "/api/v1/posts?organisation=la-strada-belarus&size=100", "/api/v1/posts/" + live.getSlug(), "/api/v1/members",
                "/api/v1/members/la-strada-belarus", "/sitemap.xml")) {
            assertThat(get(channel).body()).as(channel).doesNotContain(marker).doesNotContain("suspended-" + marker);
        }
        for (Post hidden : List.of(draft, submitted, rejected, embargoed, ofSuspended)) {
            assertThat(get("/news/" + hidden.getSlug()).statusCode()).as(hidden.getTitle()).isEqualTo(404);
            assertThat(get("/api/v1/posts/" + hidden.getSlug()).statusCode()).as("API " + hidden.getTitle()).isEqualTo(404);
        }
        assertThat(get("/members/" + suspended.getSlug()).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/members/" + suspended.getSlug()).statusCode()).isEqualTo(404);
        assertThat(get("/feeds/members/" + suspended.getSlug() + ".atom").statusCode()).isEqualTo(404);
        // Search echoes the words searched for, so it is checked for results instead; the live post is found.
        assertThat(get("/search?q=" + marker).body()).contains("Nothing matches");
        String liveWord = live.getTitle().substring(live.getTitle().lastIndexOf(' ') + 1);
        assertThat(get("/search?q=" + liveWord).body()).contains("/news/" + live.getSlug());
    }

    @Test
    void unknownAddressesAndBadParametersGetHelpfulAnswersNotErrors() {
        HttpResponse<String> missing = get("/news/no-such-post");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("There is no such post", "member directory");
        assertThat(missing.headers().firstValue("Cache-Control")).as("an error is never stored by a cache").contains("no-store");
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
        String anotherPagesTag = get("/news").headers().firstValue("ETag").orElseThrow();
        assertThat(site.send(HttpRequest.newBuilder(site.uri("/news/no-such-post")).header("If-None-Match", anotherPagesTag).build())
                .statusCode()).as("a 404 never answers 304").isEqualTo(404);
        for (String unknown : List.of("/nope", "/wp-login.php", "/nope/deeper", "/.env")) {
            HttpResponse<String> notFound = get(unknown);
            assertThat(notFound.statusCode()).as(unknown).isEqualTo(404);
            assertThat(notFound.headers().firstValue("Set-Cookie")).as(unknown + " opens no session").isEmpty();
            assertThat(notFound.headers().firstValue("Content-Security-Policy").orElseThrow()).as(unknown).doesNotContain("unsafe-eval");
            assertThat(notFound.body()).as(unknown).contains("This page does not exist", "member directory");
        }
        HttpResponse<String> about = get("/about");
        assertThat(about.statusCode()).isEqualTo(302);
        assertThat(about.headers().firstValue("Location").orElseThrow()).endsWith("/about/" + catalogue.pages().get(0).getSlug());
        HttpResponse<byte[]> favicon = site.sendBytes(HttpRequest.newBuilder(site.uri("/favicon.ico")).build());
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(favicon.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(get("/workspace/posts").headers().firstValue("Location").orElseThrow()).as("the workspace is still there").endsWith("/login");
        HttpResponse<String> badApiCall = get("/api/v1/posts?size=1000");
        assertThat(badApiCall.statusCode()).isEqualTo(400);
        assertThat(badApiCall.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(get("/news?page=-1").statusCode()).isEqualTo(400);
        assertThat(get("/news?page=abc").body()).contains("The page must be a number");
        assertThat(get("/news?type=gossip").body()).contains("Unknown type");
        assertThat(get("/members?service=%3Cscript%3E").body()).doesNotContain("<script>").contains("Unknown service");
        assertThat(get("/members?q=%3Cscript%3Ealert(1)%3C/script%3E").body()).doesNotContain("<script>alert(1)");
    }

    @Test
    void newsPagesReachedByTheirOlderAndNewerLinksAreThoseTheirNumbersGive() {
        int size = 3;
        List<PublicCatalogue.NewsPage> walked = new ArrayList<>(List.of(catalogue.news(NewsFilter.NONE, NewsPosition.page(1), size)));
        for (PublicCatalogue.NewsPage last = walked.get(0); last.hasOlder(); last = walked.get(walked.size() - 1)) {
            walked.add(catalogue.news(NewsFilter.NONE, new NewsPosition(last.number() + 1, keyOf(last.olderKey()), true), size));
        }
        assertThat(walked).as("the demo news must fill several pages").hasSizeGreaterThan(3);
        for (PublicCatalogue.NewsPage page : walked) {
            assertThat(ids(page)).as("page " + page.number()).isNotEmpty()
                    .isEqualTo(ids(catalogue.news(NewsFilter.NONE, NewsPosition.page(page.number()), size)));
        }
        assertThat(catalogue.news(NewsFilter.NONE, NewsPosition.page(walked.size() + 1), size).posts()).isEmpty();

        PublicCatalogue.NewsPage page = walked.get(walked.size() - 1);
        while (page.hasNewer()) {
            page = catalogue.news(NewsFilter.NONE, new NewsPosition(page.number() - 1, keyOf(page.newerKey()), false), size);
            assertThat(ids(page)).as("newer page " + page.number()).isEqualTo(ids(walked.get(page.number() - 1)));
        }
        assertThat(page.number()).isEqualTo(1);

        // Over HTTP: the page after the first post starts with the second; a made-up place in the list is refused.
        List<PublicPostCard> newest = walked.get(0).posts();
        String second = get("/news?page=2&before=" + PostListKey.of(newest.get(0)).token()).body();
        assertThat(second).contains("/news/" + newest.get(1).slug()).doesNotContain("/news/" + newest.get(0).slug() + "\"");
        HttpResponse<String> madeUp = get("/news?page=2&before=yesterday");
        assertThat(madeUp.statusCode()).isEqualTo(400);
        assertThat(madeUp.body()).contains("not a place in the list");
        assertThat(get("/news?page=2&before=1-2&after=1-2").body()).contains("either before or after");
    }

    private static PostListKey keyOf(String token) {
        return PostListKey.parse(token).orElseThrow();
    }

    private static List<Long> ids(PublicCatalogue.NewsPage page) {
        return page.posts().stream().map(PublicPostCard::id).toList();
    }

    @Test
    void pagesIssueABoundedNumberOfQueriesHoweverManyPostsTheyList() {
        long queries = 0;
        for (String page : List.of("/", "/news", "/news?page=2", "/news?page=2&before=" + PostListKey.of(catalogue.latest(NewsFilter.NONE, 1).get(0)).token(), "/members", "/members/la-strada-poland",
                "/news/picum-rights-centred-approach-to-tackle-human-trafficking", "/feeds/news.atom", "/search?q=trafficking",
                "/events", "/events/past", "/feeds/events.ics", "/pl/events")) {
            List<String> counted;
            int attempts = 0;
            do {
                // The first request reads what the catalogue keeps, at the version the database holds. Another test's
                // commit (or another context's, on the same database) read meanwhile, or the minute the version also
                // holds turning, makes the catalogue read again, as it should, and any context's request threads count:
                // a page over its bound is measured again (a page that always asks more fails every time).
                contentVersion.refresh();
                get(page);
                RequestQueries.clear();
                assertThat(get(page).statusCode()).as(page).isEqualTo(200);
                counted = RequestQueries.statements();
            } while (counted.size() > 6 && ++attempts < 3);
            // The organisations and network pages are kept between requests until the content changes: /members needs none.
            assertThat(counted).as("queries for " + page).hasSizeLessThanOrEqualTo(6);
            queries += counted.size();
        }
        assertThat(queries).as("the counter counts queries at all").isPositive();
    }

    @Test
    void publicPagesCreateNoSessionAndRevalidateWithTheirETag() {
        HttpResponse<String> news;
        String etag;
        HttpResponse<String> again;
        int attempts = 0;
        do {
            // A tag names the version this replica knows, read every 2 s; a revalidation reads the database's. Other
            // contexts' commits on the same database, or the minute turning, in between give a full answer: try again.
            contentVersion.refresh();
            news = get("/news");
            etag = news.headers().firstValue("ETag").orElseThrow();
            again = site.send(HttpRequest.newBuilder(site.uri("/news")).header("If-None-Match", etag).build());
        } while (again.statusCode() != 304 && ++attempts < 3);
        assertThat(news.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(news.headers().firstValue("Cache-Control")).contains("public, max-age=60");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/").headers().firstValue("ETag")).isPresent();

        // A change in the public content changes the ETag: the old one no longer revalidates.
        Actor editor = accounts.findByUsername("ukraine.editor").orElseThrow().asActor();
        Actor moderator = accounts.findByUsername("moderator").orElseThrow().asActor();
        Post post = as(editor, () -> postSteps.perform(postSteps.createDraft(editor.organisationId(),
                content("ETag " + UUID.randomUUID()), null).getId(), WorkflowAction.SUBMIT, null));
        as(moderator, () -> postSteps.perform(post.getId(), WorkflowAction.APPROVE, null));
        HttpResponse<String> changed = site.send(HttpRequest.newBuilder(site.uri("/news")).header("If-None-Match", etag).build());
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(changed.body()).contains(post.getTitle());
        assertThat(get("/feeds/news.atom").headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
    }

    @Test
    void anEventShowsItsTimesWithTheZoneTheyAreGivenIn() {
        Actor editor = accounts.findByUsername("ukraine.editor").orElseThrow().asActor();
        Actor moderator = accounts.findByUsername("moderator").orElseThrow().asActor();
        PostContent event = content("Round table in Kyiv " + UUID.randomUUID());
        event.setType(PostType.EVENT);
        event.setEventStart(LocalDateTime.of(2027, 1, 20, 10, 0));
        event.setEventEnd(LocalDateTime.of(2027, 1, 20, 13, 0));
        event.setEventLocation("Kyiv, Khreshchatyk 1");
        event.setEventTimeZone("Europe/Kyiv");
        Post post = as(editor, () -> postSteps.perform(postSteps.createDraft(editor.organisationId(), event, null).getId(),
                WorkflowAction.SUBMIT, null));
        as(moderator, () -> postSteps.perform(post.getId(), WorkflowAction.APPROVE, null));

        assertThat(get("/news/" + post.getSlug()).body()).contains("20 January 2027, 10:00 – 20 January 2027, 13:00, Kyiv (Eastern European Time, UTC+02:00)");
        assertThat(get("/api/v1/posts/" + post.getSlug()).body()).contains("\"eventTimeZone\":\"Europe/Kyiv\"");
    }

    @Test
    void theStylesheetHasAnAddressNamingItsContentAndIsKeptForAYear() {
        Matcher link = Pattern.compile("<link rel=\"stylesheet\" href=\"(/site/site\\.[0-9a-f]{16}\\.css)\">").matcher(get("/").body());
        assertThat(link.find()).as("the home page links the stylesheet by its content").isTrue();
        HttpResponse<String> css = get(link.group(1));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "immutable");
        assertThat(css.body()).contains("--primary");
        HttpResponse<String> unknownVersion = get("/site/site.0123456789abcdef.css");
        assertThat(unknownVersion.statusCode()).isEqualTo(404);
        assertThat(unknownVersion.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(get("/news/no-such-post").body()).contains(link.group(1));
    }

    @Test
    void newsFiltersOfferTheOrganisationsCountriesAndLanguagesThatHavePosts() {
        String news = get("/news").body();
        assertThat(news).contains("<option value=\"la-strada-poland\">La Strada Poland</option>",
                "<option value=\"PL\">Poland</option>", "<option value=\"en\">English</option>");
        assertThat(Pattern.compile("<option value=\"NL\">").matcher(news).results().count()).as("each country once").isEqualTo(1);
        assertThat(Pattern.compile("<option value=\"NL\">").matcher(get("/members").body()).results().count()).isEqualTo(1);
        assertThat(get("/news?organisation=la-strada-poland").body()).contains("<option value=\"la-strada-poland\" selected=\"selected\">");
        assertThat(get("/search?q=shelter").body()).contains("<meta name=\"robots\" content=\"noindex\">");
        assertThat(get("/news").body()).doesNotContain("<meta name=\"robots\"");
        assertThat(get("/search").body()).doesNotContain("<meta name=\"robots\"");
    }

    @Test
    void pagesFeedsTheApiAndTheStylesheetAreSentCompressedToClientsThatAcceptIt() {
        for (String path : List.of("/", "/news", "/feeds/news.atom", "/api/v1/posts", "/sitemap.xml", "/site/site.css")) {
            HttpResponse<byte[]> compressed = site.sendBytes(HttpRequest.newBuilder(site.uri(path)).header("Accept-Encoding", "gzip").build());
            assertThat(compressed.statusCode()).as(path).isEqualTo(200);
            assertThat(compressed.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            HttpResponse<byte[]> plain = site.sendBytes(HttpRequest.newBuilder(site.uri(path)).build());
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(compressed.body().length).as(path + " compressed").isLessThan(plain.body().length / 2);
        }
    }

    @Test
    void feedsShowAPublishedPostsNewTextOnceTheChangeIsApproved() {
        Actor editor = accounts.findByUsername("ukraine.editor").orElseThrow().asActor();
        Actor moderator = accounts.findByUsername("moderator").orElseThrow().asActor();
        PostContent first = content("Feed " + UUID.randomUUID());
        Post post = as(editor, () -> postSteps.perform(postSteps.createDraft(editor.organisationId(), first, null).getId(),
                WorkflowAction.SUBMIT, null));
        as(moderator, () -> postSteps.perform(post.getId(), WorkflowAction.APPROVE, null));
        assertThat(get("/feeds/news.atom").body()).contains(first.getBody());

        PostContent changed = content(first.getTitle());
        changed.setBody("Changed " + first.getBody());
        var revision = as(editor, () -> postAuthoring.proposeRevision(post.getId(), postAuthoring.read(post.getId()).getVersion(), changed));
        as(moderator, () -> postSteps.performOnRevision(revision.getId(), WorkflowAction.APPROVE, null));

        String feed = get("/feeds/news.atom").body();
        assertThat(feed).contains(changed.getBody());
        assertThat(feed.replace(changed.getBody(), "")).doesNotContain(first.getBody());
    }

    private static PostContent content(String title) {
        PostContent content = new PostContent(PostType.NEWS, title, "en");
        content.setBody("Body of " + title);
        return content;
    }

    private static <T> T as(Actor actor, java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                List.of(new SimpleGrantedAuthority(actor.role().authority()))));
        return action.get();
    }

    private HttpResponse<String> get(String path) {
        return site.get(path);
    }
}
