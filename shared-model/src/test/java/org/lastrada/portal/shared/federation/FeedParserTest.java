package org.lastrada.portal.shared.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every feed format members' websites publish is read; hostile or broken XML is refused whole. */
class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void readsRss2WithItsFullTextLanguageAndCategories() throws RemoteProblem {
        ParsedFeed feed = parse("rss2.xml", "application/rss+xml; charset=utf-8");
        assertThat(feed.title()).isEqualTo("La Strada Poland – aktualności");
        assertThat(feed.language()).isEqualTo("pl-PL");
        assertThat(feed.items()).hasSize(2);
        ParsedFeed.Item first = feed.items().get(0);
        assertThat(first.id()).isEqualTo("https://www.strada.org.pl/?p=101");
        assertThat(first.link()).isEqualTo("https://www.strada.org.pl/szkolenie");
        assertThat(first.title()).isEqualTo("Szkolenie dla pracowników socjalnych");
        assertThat(first.bodyHtml()).contains("ofiary handlu ludźmi");
        assertThat(first.summaryHtml()).isEqualTo("Krótko o szkoleniu.");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(first.categories()).containsExactly("Szkolenia", "Handel ludźmi");
    }

    @Test
    void readsRss1WithDublinCoreDateAndLanguage() throws RemoteProblem {
        ParsedFeed feed = parse("rss1.rdf", "application/rdf+xml");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Nová linka pomoci");
            assertThat(item.link()).isEqualTo("https://www.lastrada.cz/novinky/1");
            assertThat(item.language()).isEqualTo("cs");
            assertThat(item.date()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        });
    }

    @Test
    void readsAtomInCyrillic() throws RemoteProblem {
        ParsedFeed feed = parse("atom.xml", "application/atom+xml");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
            assertThat(item.title()).isEqualTo("Гаряча лінія працює цілодобово");
            assertThat(item.bodyHtml()).isEqualTo("<p>Консультанти відповідають <em>анонімно</em>.</p>");
            assertThat(item.categories()).containsExactly("допомога");
        });
    }

    @Test
    void readsJsonFeedEvenWhenServedAsText() throws RemoteProblem {
        ParsedFeed feed = parse("jsonfeed.json", "text/plain");
        assertThat(feed.language()).isEqualTo("ro");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo("https://lastrada.md/stiri/42");
            assertThat(item.bodyHtml()).contains("<b>ofertele de muncă false</b>");
            assertThat(item.published()).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
            assertThat(item.categories()).containsExactly("Prevenire", "Școli");
        });
    }

    @Test
    void refusesExternalEntitiesAndEntityExpansionBecauseNoDoctypeIsAccepted() {
        assertThatThrownBy(() -> parse("xxe.xml", "application/rss+xml"))
                .isInstanceOf(RemoteProblem.class).extracting(e -> ((RemoteProblem) e).key()).isEqualTo("federation.problem.doctype");
        assertThatThrownBy(() -> parse("billion-laughs.xml", "application/rss+xml"))
                .isInstanceOf(RemoteProblem.class).extracting(e -> ((RemoteProblem) e).key()).isEqualTo("federation.problem.doctype");
    }

    @Test
    void refusesMalformedXmlAndJsonThatIsNoFeed() {
        assertThatThrownBy(() -> parse("malformed.xml", "application/rss+xml"))
                .isInstanceOf(RemoteProblem.class).extracting(e -> ((RemoteProblem) e).key()).isEqualTo("federation.problem.not-a-feed");
        assertThatThrownBy(() -> parser.parse("{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8), "application/json"))
                .isInstanceOf(RemoteProblem.class).extracting(e -> ((RemoteProblem) e).key()).isEqualTo("federation.problem.not-a-feed");
        assertThatThrownBy(() -> parser.parse("<html><body>Not a feed</body></html>".getBytes(StandardCharsets.UTF_8), "text/html"))
                .isInstanceOf(RemoteProblem.class).extracting(e -> ((RemoteProblem) e).key()).isEqualTo("federation.problem.not-a-feed");
    }

    private ParsedFeed parse(String fixture, String contentType) throws RemoteProblem {
        return parser.parse(FeedServer.fixture(fixture).getBytes(StandardCharsets.UTF_8), contentType);
    }
}
