package org.lastrada.portal.shared.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What members write must never carry script into the workspace preview or the public site. */
class MarkdownRendererTest {

    private static final Set<String> SAFE_TAGS = Set.of("body", "p", "a", "em", "strong", "code", "pre", "br", "ul", "ol",
            "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "table", "thead", "tbody", "tr", "th", "td", "del");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"javascript:alert(1)\">",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<body onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">click</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "[click](javascript:alert(1))",
            "[click](JAVASCRIPT:alert(1))",
            "[click](javascript&#58;alert(1))",
            "[click](vbscript:msgbox(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "![x](x\" onerror=\"alert(1))",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<p style=\"color:red\" onclick=\"alert(1)\">x</p>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<form action=\"javascript:alert(1)\"><button>x</button></form>",
            "<input autofocus onfocus=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<video><source onerror=\"alert(1)\"></video>",
            "<<script>script>alert(1)<</script>/script>",
            "<scr<script>ipt>alert(1)</script>",
            "<a href=\"http://ok.example\" onmouseover=\"alert(1)\">x</a>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<link rel=stylesheet href=\"javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<style>@import 'javascript:alert(1)';</style>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "<img src=x:alert(alt) onerror=eval(src) alt=0>",
            "`<script>` and <noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<a href=\"  javascript:alert(1)\">x</a>",
    })
    void noPayloadSurvives(String payload) {
        String html = renderer.toSafeHtml("Before\n\n" + payload + "\n\nAfter");

        // Payloads may survive as visible, escaped text; what matters is the markup a browser would run.
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<svg", "<iframe", "<object", "<embed", "<img",
                "<style", "<form", "<input", "<meta", "<link", "<base", "<math", "<video", "<details");
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(SAFE_TAGS).as("element <%s> in %s", element.tagName(), html).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("\\s", "").toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute in %s", html).doesNotStartWith("on").isNotEqualTo("style");
                assertThat(value).as("attribute %s in %s", name, html)
                        .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
            }
        }
        assertThat(html).contains("Before").contains("After");
    }

    @Test
    void ordinaryMarkdownKeepsItsFormatting() {
        String html = renderer.toSafeHtml("""
                ## Our work

                We offer **legal aid** and *counselling*; see [our report](https://example.org/report.pdf).

                - helpline
                - shelter

                | Year | Calls |
                |------|-------|
                | 2025 | 1200  |
                """);

        assertThat(html).contains("<h2>Our work</h2>", "<strong>legal aid</strong>", "<em>counselling</em>",
                "<li>helpline</li>", "<table>", "<td>1200</td>");
        assertThat(html).contains("<a href=\"https://example.org/report.pdf\" rel=\"nofollow noopener noreferrer\">our report</a>");
    }

    @Test
    void relativeLinksToOtherPortalPagesStay() {
        assertThat(renderer.toSafeHtml("[Vision](/about/vision-and-mission)")).contains("href=\"/about/vision-and-mission\"");
    }

    @Test
    void plainTextDropsMarkupAndShortens() {
        assertThat(renderer.toPlainText("**Bold** <b>raw</b> text", 100)).isEqualTo("Bold <b>raw</b> text");
        assertThat(renderer.toPlainText("one two three four", 8)).isEqualTo("one two…");
    }

    @Test
    void headingsFollowThePageTitleWithoutSkippingALevel() {
        assertThat(renderer.toSafeHtml("# Aims\n\ntext\n\n### Goal one\n\n### Goal two\n\n###### Detail"))
                .isEqualTo("<h2>Aims</h2>\n<p>text</p>\n<h3>Goal one</h3>\n<h3>Goal two</h3>\n<h4>Detail</h4>\n");
        assertThat(renderer.toSafeHtml("### Only this level")).isEqualTo("<h2>Only this level</h2>\n");
    }

    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private final MarkdownRenderer withLibrary = new MarkdownRenderer(key -> KEY.equals(key)
            ? java.util.Optional.of(new MediaSize(KEY, "jpg", 1600, 1000, java.util.List.of(480, 960, 1600))) : java.util.Optional.empty());

    @Test
    void aLibraryImageIsShownWithItsVariantsSizeAndLazyLoading() {
        Element image = Jsoup.parse(withLibrary.toSafeHtml("![Volunteers at the office](/media/" + KEY + "-960.jpg)")).selectFirst("img");

        assertThat(image).isNotNull();
        assertThat(image.attr("src")).isEqualTo("/media/" + KEY + "-960.jpg");
        assertThat(image.attr("srcset")).isEqualTo("/media/" + KEY + "-480.jpg 480w, /media/" + KEY + "-960.jpg 960w, /media/"
                + KEY + "-1600.jpg 1600w");
        assertThat(image.attr("width")).isEqualTo("960");
        assertThat(image.attr("height")).isEqualTo("600");
        assertThat(image.attr("alt")).isEqualTo("Volunteers at the office");
        assertThat(image.attr("loading")).isEqualTo("lazy");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "![tracker](https://evil.example/pixel.gif)",
            "![other site](//evil.example/media/0123456789abcdef0123456789abcdef-960.jpg)",
            "![unknown](/media/ffffffffffffffffffffffffffffffff-960.jpg)",
            "![path](/media/0123456789abcdef0123456789abcdef-960.jpg/../../secret)",
            "<img src=\"/media/0123456789abcdef0123456789abcdef-960.jpg\" onerror=\"alert(1)\">",
            "![data](data:image/png;base64,iVBORw0KGgo=)"})
    void onlyThePortalsOwnLibraryImagesAreShown(String markdown) {
        org.jsoup.nodes.Document html = Jsoup.parse(withLibrary.toSafeHtml(markdown));

        assertThat(html.select("img")).isEmpty();
        assertThat(html.select("[onerror]")).isEmpty();
    }

    @Test
    void anImageGivenAsHtmlLosesWhatItsAuthorAddedButKeepsWhatTheLibrarySays() {
        String html = withLibrary.sanitise("<p><img src=\"/media/" + KEY + "-480.jpg\" width=\"9999\" style=\"position:fixed\" alt=\"A\"></p>");

        Element image = Jsoup.parse(html).selectFirst("img");
        assertThat(image.attr("width")).isEqualTo("960");
        assertThat(image.hasAttr("style")).isFalse();
    }
}
