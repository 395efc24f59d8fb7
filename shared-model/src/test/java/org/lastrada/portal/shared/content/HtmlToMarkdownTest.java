package org.lastrada.portal.shared.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML from members' websites becomes the Markdown posts are written in, and nothing unsafe survives the trip. */
class HtmlToMarkdownTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final HtmlToMarkdown converter = new HtmlToMarkdown(renderer);

    @Test
    void writesParagraphsEmphasisLinksListsHeadingsAndQuotes() {
        String markdown = converter.convert("<h1>Title</h1><p>Victims of <strong>trafficking</strong> and <em>exploitation</em>.</p>"
                + "<ul><li>one</li><li>two</li></ul><ol><li>first</li><li>second</li></ol>"
                + "<blockquote><p>A quote.</p></blockquote><p>See <a href=\"https://example.org/report\">the report</a>.<br>Next line.</p><hr>");
        assertThat(markdown).isEqualTo("""
                ## Title

                Victims of **trafficking** and *exploitation*.

                - one
                - two

                1. first
                2. second

                > A quote.

                See [the report](https://example.org/report). \s
                Next line.

                ---""");
    }

    @Test
    void dropsScriptsHandlersAndUnsafeLinksBeforeConverting() {
        String markdown = converter.convert("<p onclick=\"steal()\">Hello</p><script>alert(1)</script><style>p{}</style>"
                + "<p><a href=\"javascript:alert(2)\">click</a> <img src=\"https://tracker.example/p.gif\"> <iframe src=\"https://evil.example\"></iframe></p>");
        assertThat(markdown).isEqualTo("Hello\n\nclick");
        String html = renderer.toSafeHtml(markdown);
        assertThat(html).doesNotContain("script", "javascript", "onclick", "img", "iframe");
    }

    @Test
    void escapesTextThatWouldReadAsMarkdown() {
        String markdown = converter.convert("<p>1. not a list, *not emphasis*, [not a link](x) and <b>bold</b></p>");
        assertThat(renderer.toSafeHtml(markdown).strip())
                .isEqualTo("<p>1. not a list, *not emphasis*, [not a link](x) and <strong>bold</strong></p>");
    }

    @Test
    void keepsTheTextOfWhatMarkdownCannotSay() {
        assertThat(converter.convert("<table><tr><th>Year</th><th>Victims</th></tr><tr><td>2025</td><td>120</td></tr></table>"))
                .isEqualTo("Year · Victims  \n2025 · 120");
        assertThat(converter.convert("<pre>code  kept</pre>")).isEqualTo("```\ncode  kept\n```");
        assertThat(converter.convert(null)).isEmpty();
        assertThat(converter.convert("  ")).isEmpty();
    }

    @Test
    void keepsLinksWithParenthesesAndTextThatLooksLikeMarkupIntact() {
        assertThat(renderer.toSafeHtml(converter.convert("<p><a href=\"https://en.wikipedia.org/wiki/Palermo_(city)\">Palermo</a></p>")))
                .contains("href=\"https://en.wikipedia.org/wiki/Palermo_%28city%29\"", ">Palermo</a>");
        assertThat(renderer.toSafeHtml(converter.convert("<p>Results<br>---</p><p>Fish &amp;copy; chips, <del>old</del> new</p>")).strip())
                .isEqualTo("<p>Results<br>\n---</p>\n<p>Fish &amp;copy; chips, old new</p>");
    }
}
