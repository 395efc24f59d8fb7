package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** What the feed escapes reads back, through an XML parser, as exactly the text that went in. */
class FeedEscapeTest {

    @Test
    void markupCharactersBecomeEntitiesAndReadBackAsTheSameText() throws Exception {
        String text = "<p class=\"lead\">Tom & Jerry's <b>shelter</b> — Кишинэу, Chișinău</p>";

        String escaped = FeedController.escape(text);

        assertThat(escaped).doesNotContain("<", ">", "\"").contains("&lt;p class=&quot;lead&quot;&gt;Tom &amp; Jerry&apos;s");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><content a=\"" + escaped + "\">" + escaped + "</content>";
        var element = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertThat(element.getTextContent()).isEqualTo(text);
        assertThat(element.getAttribute("a")).isEqualTo(text);
        assertThat(FeedController.escape(null)).isEmpty();
    }
}
