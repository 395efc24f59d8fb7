package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.posts.PublicPostCard;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public site in every network language, by address: "/" English, "/pl/…" Polish and so on for every page type;
 * the switcher and hreflang alternates lead to the same page in the other languages; unknown prefixes are 404;
 * the English home page suggests, never forces, the browser's language; feeds and refusals speak the address's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MultilingualSiteIT {

    private static final Locale POLISH = NetworkLanguage.POLISH.locale();

    @LocalServerPort int port;
    @Autowired PublicCatalogue catalogue;
    @Autowired MessageSource messages;

    private final SiteVisitor site = new SiteVisitor(() -> port);

    @Test
    void everyPageTypeExistsInPolishWithPolishLinksAndAlternatesInEveryLanguage() {
        MemberOrganisation member = catalogue.members(null, null, null).get(0);
        PublicPostCard post = catalogue.latest(PublicCatalogue.NewsFilter.NONE, 1).get(0);
        String page = catalogue.pages().get(0).getSlug();
        for (String path : List.of("/", "/members", "/members/" + member.getSlug(), "/news", "/news/" + post.slug(),
                "/about/" + page, "/search", "/search?q=trafficking")) {
            String polishPath = path.equals("/") ? "/pl/" : "/pl" + path;
            HttpResponse<String> answer = get(polishPath);
            assertThat(answer.statusCode()).as(polishPath).isEqualTo(200);
            assertThat(answer.headers().firstValue("Set-Cookie")).as("no session at " + polishPath).isEmpty();
            Document html = Jsoup.parse(answer.body());
            assertThat(html.selectFirst("html").attr("lang")).as(polishPath).isEqualTo("pl");
            assertThat(html.select("nav a").eachText()).as(polishPath)
                    .contains(text("site.nav.news", POLISH), text("site.nav.members", POLISH))
                    .doesNotContain(text("site.nav.news", Locale.ENGLISH));
            assertThat(html.select("header nav.main-nav a[href=/pl/news]")).as(polishPath).hasSize(1);
            // One alternate per network language and x-default, the English page.
            String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            // (A post's alternate in a language it is translated into is that translation's own page.)
            String samePage = pathOnly.startsWith("/news/") ? "/news/" : pathOnly;
            for (NetworkLanguage language : NetworkLanguage.values()) {
                String expected = "http://localhost:" + port + SiteLanguage.in(language, samePage);
                assertThat(html.select("link[rel=alternate][hreflang=" + language.code() + "]").attr("href")).as(polishPath).startsWith(expected);
            }
            assertThat(html.select("link[rel=alternate][hreflang=x-default]").attr("href")).startsWith("http://localhost:" + port + samePage);
            // The switcher leads to the same page, query kept, in each language; the current one is marked.
            Element switcher = html.selectFirst("details.languages");
            assertThat(switcher.select("a[hreflang=uk]").attr("href")).startsWith(path.equals("/") ? "/uk/" : "/uk" + samePage);
            assertThat(switcher.select("a[aria-current=page]").attr("hreflang")).isEqualTo("pl");
        }
    }

    @Test
    void englishStaysAtTheRootAndAPostInAnotherLanguageSaysWhichOnThePage() {
        Document home = Jsoup.parse(get("/").body());
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(home.select("header nav.main-nav a[href=/news]")).hasSize(1);
        assertThat(home.select("header details.phone-menu nav a[href=/news]")).as("the same links behind the phone's Menu").hasSize(1);
        PublicPostCard post = catalogue.latest(PublicCatalogue.NewsFilter.NONE, 1).get(0);
        Document inUkrainian = Jsoup.parse(get("/uk/news/" + post.slug()).body());
        if (!post.language().equals("uk")) {
            assertThat(inUkrainian.selectFirst("article").attr("lang")).isEqualTo(post.language());
            assertThat(inUkrainian.selectFirst("article .meta").attr("lang")).isEqualTo("uk");
        }
        assertThat(inUkrainian.selectFirst("article .meta").text())
                .contains(messages.getMessage(post.type().messageKey(), null, NetworkLanguage.UKRAINIAN.locale()));
    }

    @Test
    void translatedContentIsShownInThePagesLanguageAndLinked() {
        // The demo's network pages and some statements are translated into Polish, Ukrainian and Russian.
        PublicPostCard translated = catalogue.latest(PublicCatalogue.NewsFilter.NONE, 50).stream()
                .filter(card -> !catalogue.inLanguage(List.of(card), NetworkLanguage.POLISH).get(0).shown().language().equals(card.language()))
                .findFirst().orElseThrow();
        PublicPostCard polish = catalogue.inLanguage(List.of(translated), NetworkLanguage.POLISH).get(0).shown();
        Document list = Jsoup.parse(get("/pl/news").body());
        assertThat(list.select(".post-list h3 a").eachText()).contains(polish.title()).doesNotContain(translated.title());
        Document original = Jsoup.parse(get("/news/" + translated.slug()).body());
        assertThat(original.select(".translations a[hreflang=pl]").attr("href")).isEqualTo("/news/" + polish.slug());
        assertThat(original.select("link[rel=alternate][hreflang=pl]").attr("href")).isEqualTo("http://localhost:" + port + "/pl/news/" + polish.slug());
        assertThat(Jsoup.parse(get("/pl/news/" + polish.slug()).body()).selectFirst("article").attr("lang")).isEmpty();

        Document page = Jsoup.parse(get("/uk/about/" + catalogue.pages().get(0).getSlug()).body());
        assertThat(page.selectFirst("main h1").text()).isEqualTo(catalogue.pages().get(0).inLanguage("uk").title());
        assertThat(page.select("main .notice")).isEmpty();
        Document untranslated = Jsoup.parse(get("/cs/about/" + catalogue.pages().get(0).getSlug()).body());
        assertThat(untranslated.select("main .notice").text()).isEqualTo(text("site.page.not-translated", NetworkLanguage.CZECH.locale()));
        assertThat(untranslated.selectFirst("main h1").attr("lang")).isEqualTo("en");

        String api = get("/api/v1/posts/" + translated.slug()).body();
        assertThat(api).contains("\"language\":\"pl\"", "\"slug\":\"" + polish.slug() + "\"");
    }

    @Test
    void unknownLanguagesAndAddressesUnderALanguageAreNotFoundWithoutASession() {
        for (String path : List.of("/de/news", "/xx/", "/pl/workspace", "/pl/api/v1/posts", "/pl/nothing-here", "/en/news")) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
        HttpResponse<String> polish = get("/pl/nothing-here");
        assertThat(Jsoup.parse(polish.body()).selectFirst("html").attr("lang")).isEqualTo("pl");
        assertThat(polish.body()).contains(text("site.error.no-address", POLISH));
        assertThat(get("/pl").statusCode()).isEqualTo(302);
        assertThat(get("/pl").headers().firstValue("Location").orElseThrow()).endsWith("/pl/");
    }

    @Test
    void aRefusalIsExplainedInThePagesLanguageAndTheApiKeepsEnglish() {
        HttpResponse<String> polish = get("/pl/news?page=x");
        assertThat(polish.statusCode()).isEqualTo(400);
        assertThat(polish.body()).contains(text("site.error.page-not-number", POLISH)).doesNotContain("The page must be a number.");
        HttpResponse<String> english = get("/news?page=x");
        assertThat(english.body()).contains("The page must be a number.");
        HttpResponse<String> api = site.send(HttpRequest.newBuilder(site.uri("/api/v1/posts?page=x")).header("Accept", "application/json").build());
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("The page must be a number.");
    }

    @Test
    void theEnglishHomePageSuggestsTheBrowsersLanguageAndVariesWithIt() {
        HttpResponse<String> ukrainian = site.send(HttpRequest.newBuilder(site.uri("/")).header("Accept-Language", "uk-UA,uk;q=0.9,en;q=0.5").build());
        Element suggestion = Jsoup.parse(ukrainian.body()).selectFirst(".language-suggestion a");
        assertThat(suggestion.attr("href")).isEqualTo("/uk/");
        assertThat(suggestion.text()).isEqualTo(text("site.home.in-your-language", NetworkLanguage.UKRAINIAN.locale()));
        assertThat(ukrainian.headers().allValues("Vary")).anyMatch(vary -> vary.toLowerCase(Locale.ROOT).contains("accept-language"));

        HttpResponse<String> english = site.send(HttpRequest.newBuilder(site.uri("/")).header("Accept-Language", "en-GB,en;q=0.9,pl;q=0.8").build());
        assertThat(Jsoup.parse(english.body()).select(".language-suggestion")).isEmpty();
        HttpResponse<String> malformed = site.send(HttpRequest.newBuilder(site.uri("/")).header("Accept-Language", "pl;q=abc,,;;").build());
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(malformed.body()).select(".language-suggestion")).isEmpty();
        assertThat(Jsoup.parse(malformed.body()).selectFirst("html").attr("lang")).isEqualTo("en");

        // A cache never answers one visitor's suggestion with another's page: the ETags differ.
        String ukrainianTag = ukrainian.headers().firstValue("ETag").orElseThrow();
        assertThat(english.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(ukrainianTag);
        HttpResponse<String> revalidated = site.send(HttpRequest.newBuilder(site.uri("/")).header("Accept-Language", "pl")
                .header("If-None-Match", ukrainianTag).build());
        assertThat(revalidated.statusCode()).isEqualTo(200);
    }

    @Test
    void feedsExistPerLanguageWithTheirLanguageOnFeedAndEntries() {
        String feed = get("/pl/feeds/news.atom").body();
        assertThat(feed).contains("xml:lang=\"pl\"", "<title>" + text("site.feed.news", POLISH) + "</title>",
                "href=\"http://localhost:" + port + "/pl/news/");
        PublicPostCard post = catalogue.latest(PublicCatalogue.NewsFilter.NONE, 1).get(0);
        assertThat(feed).contains("<entry xml:lang=\"" + post.language() + "\">");
        assertThat(get("/feeds/news.atom").body()).contains("xml:lang=\"en\"", "<title>News of the La Strada network</title>");
        MemberOrganisation member = catalogue.members(null, null, null).get(0);
        assertThat(get("/uk/feeds/members/" + member.getSlug() + ".atom").statusCode()).isEqualTo(200);
        assertThat(get("/uk/feeds/types/statement.atom").body()).contains("xml:lang=\"uk\"");
    }

    @Test
    void theSitemapNamesEveryLanguageVersionOfEveryPage() {
        Document sitemap = Jsoup.parse(get("/sitemap.xml").body(), "", org.jsoup.parser.Parser.xmlParser());
        Element members = sitemap.select("url").stream()
                .filter(url -> url.selectFirst("loc").text().equals("http://localhost:" + port + "/pl/members")).findFirst().orElseThrow();
        assertThat(members.select("xhtml|link").eachAttr("hreflang"))
                .containsExactlyInAnyOrder("en", "be", "bg", "cs", "mk", "ro", "ru", "nl", "pl", "uk", "x-default");
        assertThat(members.select("xhtml|link[hreflang=x-default]").attr("href")).isEqualTo("http://localhost:" + port + "/members");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private HttpResponse<String> get(String path) {
        return site.get(path);
    }
}
