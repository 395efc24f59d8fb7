package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.secretariat.pages.NetworkPages;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the public reads of the network pages: a new page only once published, the published text while a draft waits,
 * a restored version only once published again; and the home page's introduction in the address's language, which is
 * no page of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NetworkPagesSiteIT {

    @LocalServerPort int port;
    @Autowired NetworkPages networkPages;
    @Autowired AccountRepository accounts;

    private final SiteVisitor site = new SiteVisitor(() -> port);

    @BeforeEach
    void signIn() {
        Fixtures.signIn(accounts.findByUsername("moderator").orElseThrow().asActor());
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void aPageIsPublicOncePublishedAndADraftOrARestoredVersionWaitsForItsPublication() {
        String slug = "partners-" + UUID.randomUUID().toString().substring(0, 8);
        networkPages.create(slug, "Our partners", "The network works with **many partners**.", 80);
        assertThat(get("/about/" + slug).statusCode()).as("a new page is a draft").isEqualTo(404);
        assertThat(get("/").body()).doesNotContain("/about/" + slug);
        assertThat(get("/sitemap.xml").body()).doesNotContain("/about/" + slug);

        networkPages.publish(slug, "en", "Our partners", "The network works with **many partners**.", 80);
        Document published = page("/about/" + slug);
        assertThat(published.select("main").text()).contains("The network works with many partners.");
        assertThat(page("/").select("header nav.main-nav a[href=/about/" + slug + "]")).hasSize(1);
        assertThat(get("/sitemap.xml").body()).contains("/about/" + slug);

        networkPages.saveDraft(slug, "en", "Our partners", "A draft nobody outside the secretariat reads yet.", 80);
        assertThat(page("/about/" + slug).select("main").text()).contains("many partners").doesNotContain("A draft nobody");

        networkPages.publish(slug, "en", "Our partners", "A draft nobody outside the secretariat reads yet.", 80);
        assertThat(page("/about/" + slug).select("main").text()).contains("A draft nobody").doesNotContain("many partners");

        networkPages.restore(slug, "en", 1);
        assertThat(page("/about/" + slug).select("main").text()).as("restored as a draft").contains("A draft nobody");
        networkPages.publish(slug, "en", "Our partners", "The network works with **many partners**.", 80);
        assertThat(page("/about/" + slug).select("main").text()).contains("many partners");
    }

    @Test
    void theHomePageShowsTheIntroductionInTheAddresssLanguageAndItIsNoPageOfItsOwn() {
        assertThat(page("/").select(".intro").text()).contains("each member organisation runs a helpline");
        Document ukrainian = page("/uk/");
        assertThat(ukrainian.select(".intro").text()).contains("гарячу лінію");
        assertThat(ukrainian.select(".intro > div").attr("lang")).as("in the page's own language").isEmpty();
        assertThat(page("/cs/").select(".intro > div").attr("lang")).as("Czech readers get the English text, marked").isEqualTo("en");
        assertThat(get("/about/home").statusCode()).isEqualTo(404);
        assertThat(page("/").select("header nav a[href=/about/home]")).isEmpty();
    }

    private Document page(String path) {
        return site.page(path);
    }

    private HttpResponse<String> get(String path) {
        return site.get(path);
    }
}
