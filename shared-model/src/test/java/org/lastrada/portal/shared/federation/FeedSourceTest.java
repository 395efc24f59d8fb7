package org.lastrada.portal.shared.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.posts.PostSource;
import org.lastrada.portal.shared.posts.PostType;

/** Where an item came from: its own address, canonical only on the feed's own site, and never the feed's address. */
class FeedSourceTest {

    private final MemberFeed feed = new MemberFeed(null, "https://www.strada.org.pl/feed/", PostType.NEWS, "pl", Duration.ofMinutes(30),
            Instant.EPOCH);

    @Test
    void anItemOnTheFeedsSiteIsTheCanonicalPage() {
        PostSource source = FeedIngestion.source(item("https://strada.org.pl/aktualnosci/1"), feed);
        assertThat(source.getUrl()).isEqualTo("https://strada.org.pl/aktualnosci/1");
        assertThat(source.isCanonical()).isTrue();
        assertThat(source.getSite()).isEqualTo("strada.org.pl");
    }

    @Test
    void aRelativeLinkIsResolvedAgainstTheFeed() {
        PostSource source = FeedIngestion.source(item("/aktualnosci/2"), feed);
        assertThat(source.getUrl()).isEqualTo("https://www.strada.org.pl/aktualnosci/2");
        assertThat(source.isCanonical()).isTrue();
    }

    @Test
    void aLinkElsewhereIsShownButNeverCanonical() {
        PostSource source = FeedIngestion.source(item("https://evil.example/strada"), feed);
        assertThat(source.getUrl()).isEqualTo("https://evil.example/strada");
        assertThat(source.isCanonical()).isFalse();
    }

    @Test
    void aDomainInAnotherScriptIsKeptInItsAsciiForm() {
        PostSource source = FeedIngestion.source(item("https://сайт.укр/novyny/1"), feed);
        assertThat(source.getUrl()).isEqualTo("https://xn--80aswg.xn--j1amh/novyny/1");
        assertThat(source.getSite()).isEqualTo("xn--80aswg.xn--j1amh");
    }

    @Test
    void anItemWithoutAUsableLinkNamesTheWebsiteNotTheFeed() {
        for (String link : new String[] {null, "javascript:alert(1)", "https://x.org/100%-free", "mailto:info@strada.org.pl"}) {
            PostSource source = FeedIngestion.source(item(link), feed);
            assertThat(source.getUrl()).as(String.valueOf(link)).isEqualTo("https://www.strada.org.pl/");
            assertThat(source.isCanonical()).isFalse();
        }
    }

    private static ParsedFeed.Item item(String link) {
        return new ParsedFeed.Item("id-1", link, "Title", null, "<p>Text</p>", null, null, null, List.of());
    }
}
