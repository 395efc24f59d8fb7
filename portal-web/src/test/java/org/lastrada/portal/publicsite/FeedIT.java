package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The Atom feeds read by a real feed parser (Rome): valid Atom 1.0 with what every feed and entry must carry. */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FeedIT {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyFeedIsValidAtomWithIdsTitlesDatesAndLinks() throws Exception {
        for (String path : List.of("/feeds/news.atom", "/feeds/members/la-strada-poland.atom", "/feeds/types/statement.atom")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");

            WireFeedInput input = new WireFeedInput();
            input.setXmlHealerOn(false); // no repairs: the document must be well-formed as served
            Feed feed = (Feed) input.build(new StringReader(response.body()));
            assertThat(feed.getFeedType()).as(path).isEqualTo("atom_1.0");
            assertThat(feed.getId()).as(path + " id").isNotBlank();
            assertThat(feed.getTitleEx().getValue()).as(path + " title").contains("La Strada");
            assertThat(feed.getUpdated()).as(path + " updated").isNotNull();
            assertThat(feed.getOtherLinks()).as(path + " self link").extracting(Link::getRel).contains("self");
            assertThat(feed.getOtherLinks()).as(path + " WebSub hub (application-test.properties)")
                    .filteredOn(link -> "hub".equals(link.getRel())).extracting(Link::getHref).containsExactly("https://hub.example.org/");
            assertThat(feed.getEntries()).as(path + " entries").isNotEmpty();
            for (Entry entry : feed.getEntries()) {
                assertThat(entry.getId()).as(path + " entry id").isNotBlank();
                assertThat(entry.getTitleEx().getValue()).as(path + " entry title").isNotBlank();
                assertThat(entry.getUpdated()).as(path + " entry updated").isNotNull();
                assertThat(entry.getAlternateLinks()).as(path + " entry link").isNotEmpty()
                        .allSatisfy(link -> assertThat(link.getHref()).startsWith("http://localhost:" + port + "/news/"));
            }
        }
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/feeds/members/no-such.atom")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }
}
