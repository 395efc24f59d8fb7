package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Need help?" over real HTTP: linked from every page's header, it lists every member organisation with its national
 * helpline as a number to call (a tel: link) where the profile gives one, and says plainly where it does not, with the
 * organisation's other contacts; the footer gives the secretariat's contact, the pages and the feeds.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.jpa.properties.hibernate.generate_statistics=true") // as PublicSiteIT: one application context
@ActiveProfiles("test")
class HelpPageIT {

    /** Not a number anyone could dial: tests never put a real helpline's number on a page. */
    private static final String TEST_NUMBER = "+00 000 000 0000";

    @LocalServerPort int port;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired TransactionTemplate transaction;

    private final SiteVisitor site = new SiteVisitor(() -> port);

    @BeforeEach
    void polandPublishesAHelpline() {
        setHelpline("la-strada-poland", TEST_NUMBER);
    }

    @AfterEach
    void removeIt() {
        setHelpline("la-strada-poland", null);
    }

    @Test
    void everyMemberIsListedWithItsHelplineToCallOrWhatElseToDo() {
        HttpResponse<String> answer = site.get("/help");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(answer.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("public"));
        Document help = site.page("/help");
        assertThat(help.select("h1").text()).isEqualTo("Need help?");
        assertThat(help.select(".emergency").text()).contains("112");
        List<String> listed = help.select("ul.helplines > li h2").eachText();
        assertThat(listed).hasSize(8).contains("La Strada Poland").doesNotContain("La Strada International Secretariat");

        Element poland = help.selectFirst("ul.helplines > li:has(h2:contains(La Strada Poland))");
        Element call = poland.selectFirst(".call a");
        assertThat(call.attr("href")).isEqualTo("tel:+000000000000");
        assertThat(call.text()).isEqualTo("Call the helpline: " + TEST_NUMBER);
        assertThat(poland.select(".no-number")).isEmpty();
        assertThat(poland.selectFirst("h2 a").attr("href")).isEqualTo("/members/la-strada-poland");

        Element ukraine = help.selectFirst("ul.helplines > li:has(h2:contains(La Strada Ukraine))");
        assertThat(ukraine.select(".call")).isEmpty();
        assertThat(ukraine.selectFirst(".no-number").text()).startsWith("No helpline number is published yet");
        assertThat(ukraine.select(".contacts a[href^=mailto:]")).isNotEmpty();
    }

    @Test
    void everyPageLeadsToHelpAndItsFooterToTheSecretariatPagesAndFeeds() {
        for (String path : List.of("/", "/news", "/members/la-strada-moldova", "/events", "/publications")) {
            Document page = site.page(path);
            assertThat(page.select("header a.need-help").attr("href")).as(path).isEqualTo("/help");
            assertThat(page.select("footer a[href=/feeds/news.atom]")).as(path).hasSize(1);
        }
        // A page not found still leads to help.
        assertThat(org.jsoup.Jsoup.parse(site.get("/nope").body()).select("a.need-help").attr("href")).isEqualTo("/help");
        Document home = site.page("/");
        assertThat(home.select("footer").text()).contains("International Secretariat, Amsterdam");
        assertThat(home.select("footer a[href^=/about/]")).isNotEmpty();
        assertThat(site.page("/pl/news").select("header a.need-help").attr("href")).isEqualTo("/pl/help");
    }

    @Test
    void theHelpPageSpeaksEachLanguageAndAnUnknownOneIsNotFound() {
        Document ukrainian = site.page("/uk/help");
        assertThat(ukrainian.select("html").attr("lang")).isEqualTo("uk");
        assertThat(ukrainian.select("h1").text()).isNotEqualTo("Need help?").isNotBlank();
        assertThat(ukrainian.select("ul.helplines > li")).hasSize(8);
        assertThat(site.get("/xx/help").statusCode()).isEqualTo(404);
        assertThat(site.page("/sitemap.xml").select("loc").eachText()).anyMatch(loc -> loc.endsWith("/help"));
    }

    private void setHelpline(String slug, String number) {
        transaction.executeWithoutResult(status -> {
            MemberOrganisation organisation = organisations.findBySlug(slug).orElseThrow();
            organisation.getProfile().setHelpline(number);
        });
    }
}
