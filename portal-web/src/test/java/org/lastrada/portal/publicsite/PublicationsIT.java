package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PublicationDownloads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The library of publications over real HTTP: the public publications with a PDF, newest first, filtered by
 * organisation, language, tag and year, each with its PDF's size and downloads, counted without personal data.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.jpa.properties.hibernate.generate_statistics=true") // as PublicSiteIT: one application context
@ActiveProfiles("test")
class PublicationsIT {

    private static final String REPORT = "La Strada International annual report 2025";
    private static final String BRIEFING = "Briefing on the revised EU Anti-Trafficking Directive";

    @LocalServerPort int port;
    @Autowired PostRepository posts;
    @Autowired PublicationDownloads downloads;
    @Autowired PublicationDownloadCounter counter;
    @Autowired JdbcTemplate jdbc;

    private final SiteVisitor site = new SiteVisitor(() -> port);

    @Test
    void theLibraryListsThePublicPublicationsNewestFirstWithTheirPdfAndFilters() {
        Post report = publication(REPORT);
        Post briefing = publication(BRIEFING);
        Document library = page("/publications");
        assertThat(library.select("ul.publication-list h3").eachText()).containsSubsequence(REPORT, BRIEFING)
                .noneMatch(title -> title.startsWith("Annual report of")); // drafts, without a PDF
        Element entry = library.select("ul.publication-list li:has(h3:contains(" + BRIEFING + "))").first();
        Element pdf = entry.select("a[type=application/pdf]").first();
        assertThat(pdf.attr("href")).isEqualTo("/news/" + briefing.getSlug() + "/publication.pdf");
        assertThat(pdf.text()).isEqualTo("Download the PDF (1 KB)");
        assertThat(entry.select(".meta").text()).contains("International Secretariat", "English");
        Element cover = entry.selectFirst("img.cover-image");
        assertThat(cover).as("the demo briefing's cover, from the secretariat's media library").isNotNull();
        assertThat(cover.attr("src")).matches("/media/[0-9a-f]{32}-480\\.jpg");
        assertThat(cover.hasAttr("alt")).isTrue();
        assertThat(cover.attr("alt")).as("decorative: the title beside it says what it is").isEmpty();
        assertThat(cover.attr("height")).isEqualTo("640");
        assertThat(site.get(cover.attr("src")).statusCode()).isEqualTo(200);

        assertThat(titles("/publications?tag=eu-directive")).containsExactly(BRIEFING);
        assertThat(titles("/publications?organisation=la-strada-poland")).isEmpty();
        assertThat(page("/publications?organisation=la-strada-poland").text()).contains("No publication matches.");
        assertThat(titles("/publications?language=uk")).isEmpty();
        int briefingYear = briefing.getPublishedAt().atZone(ZoneOffset.UTC).getYear();
        int reportYear = report.getPublishedAt().atZone(ZoneOffset.UTC).getYear();
        assertThat(titles("/publications?year=" + briefingYear)).contains(BRIEFING);
        if (reportYear != briefingYear) {
            assertThat(titles("/publications?year=" + briefingYear)).doesNotContain(REPORT);
        }
        assertThat(library.select("select[name=year] option").eachAttr("value")).contains(String.valueOf(briefingYear),
                String.valueOf(reportYear));

        Document polish = page("/pl/publications");
        assertThat(polish.select("h1").text()).isEqualTo("Publikacje");
        assertThat(polish.select("a[type=application/pdf]").eachText()).contains("Pobierz PDF (1 KB)");
        assertThat(page("/").select("header nav.main-nav a[href=/publications]").text()).isEqualTo("Publications");
    }

    @Test
    void downloadsAreCountedAndNothingAboutWhoDownloadedIsKept() {
        Post briefing = publication(BRIEFING);
        counter.write();
        long before = downloads.totals(List.of(briefing.getId())).getOrDefault(briefing.getId(), 0L);

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> pdf = get("/news/" + briefing.getSlug() + "/publication.pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        }
        assertThat(get("/news/no-such-publication/publication.pdf").statusCode()).isEqualTo(404);
        counter.write();

        assertThat(downloads.totals(List.of(briefing.getId()))).containsEntry(briefing.getId(), before + 3);
        Element entry = page("/publications").select("ul.publication-list li:has(h3:contains(" + BRIEFING + "))").first();
        assertThat(entry.select(".meta").text()).contains((before + 3) + " downloads");
        assertThat(jdbc.queryForList("select distinct column_name from information_schema.columns where lower(table_name) = 'publication_download'",
                String.class)).extracting(String::toLowerCase).containsExactlyInAnyOrder("post_id", "download_day", "downloads");
    }

    @Test
    void badInputGetsAReason() {
        HttpResponse<String> notAYear = get("/publications?year=last");
        assertThat(notAYear.statusCode()).isEqualTo(400);
        assertThat(notAYear.body()).contains("Unknown year “last”");
        assertThat(get("/publications?year=1066").statusCode()).isEqualTo(400);
        assertThat(get("/publications?page=0").statusCode()).isEqualTo(400);
        assertThat(get("/xx/publications").statusCode()).isEqualTo(404);
    }

    private Post publication(String title) {
        return posts.findAll().stream().filter(post -> post.getTitle().equals(title)).findFirst().orElseThrow();
    }

    private List<String> titles(String path) {
        return page(path).select("ul.publication-list h3").eachText();
    }

    private Document page(String path) {
        return site.page(path);
    }

    private HttpResponse<String> get(String path) {
        return site.get(path);
    }
}
