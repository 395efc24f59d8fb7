package org.lastrada.portal.shared.content;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.springframework.stereotype.Component;

/**
 * Turns HTML from outside (a member's website's feed) into the Markdown posts are written in. The HTML first goes
 * through the same allow-list as everything the portal shows ({@link MarkdownRenderer#sanitise}); what stays is
 * written as Markdown (paragraphs, headings, emphasis, links, lists, quotes, code, rules), anything else as its text.
 * The Markdown is rendered and sanitised once more when it is shown, like any post.
 */
@Component
public class HtmlToMarkdown {

    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|&~])");
    private static final Pattern LINE_START_BULLET = Pattern.compile("(?m)^(\\s*)([-+>])(\\s)");
    /** A line of dashes or equals signs would underline the line before it as a heading, or be a rule. */
    private static final Pattern LINE_START_RULE = Pattern.compile("(?m)^(\\s*)([-=]{2,})");
    private static final Pattern LINE_START_NUMBER = Pattern.compile("(?m)^(\\s*)(\\d+)([.)])(\\s)");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private final MarkdownRenderer renderer;

    public HtmlToMarkdown(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    /** Markdown for the HTML; an empty string for null or blank input. */
    public String convert(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(renderer.sanitise(html));
        StringBuilder out = new StringBuilder();
        blocks(document.body(), out, "");
        return BLANK_LINES.matcher(out.toString().replace("\u00a0", " ")).replaceAll("\n\n").strip();
    }

    /** The plain text of HTML (a summary), with its whitespace collapsed. */
    public String plainText(String html) {
        return html == null ? "" : Jsoup.parse(html).text().strip();
    }

    private void blocks(Element parent, StringBuilder out, String indent) {
        StringBuilder inline = new StringBuilder();
        for (Node node : parent.childNodes()) {
            if (node instanceof Element element && isBlock(element)) {
                flush(inline, out, indent);
                block(element, out, indent);
            } else {
                inline(node, inline);
            }
        }
        flush(inline, out, indent);
    }

    private static void flush(StringBuilder inline, StringBuilder out, String indent) {
        String text = inline.toString().strip();
        if (!text.isEmpty()) {
            out.append(indent).append(text.replace("\n", "\n" + indent)).append("\n\n");
        }
        inline.setLength(0);
    }

    private void block(Element element, StringBuilder out, String indent) {
        switch (element.tagName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                int level = Math.max(2, element.tagName().charAt(1) - '0');
                out.append(indent).append("#".repeat(level)).append(' ').append(inlineOf(element)).append("\n\n");
            }
            case "ul", "ol" -> {
                int number = 1;
                for (Element item : element.children()) {
                    String marker = element.tagName().equals("ol") ? (number++) + ". " : "- ";
                    StringBuilder itemOut = new StringBuilder();
                    blocks(item, itemOut, "");
                    String text = itemOut.toString().strip().replace("\n\n", "\n").replace("\n", "\n" + indent + "   ");
                    out.append(indent).append(marker).append(text).append('\n');
                }
                out.append('\n');
            }
            case "blockquote" -> {
                StringBuilder quoted = new StringBuilder();
                blocks(element, quoted, "");
                out.append(indent).append("> ").append(quoted.toString().strip().replace("\n", "\n" + indent + "> ")).append("\n\n");
            }
            case "pre" -> out.append(indent).append("```\n").append(element.wholeText().replace("```", "'''").stripTrailing())
                    .append('\n').append(indent).append("```\n\n");
            case "hr" -> out.append(indent).append("---\n\n");
            case "table" -> {
                for (Element row : element.select("tr")) {
                    out.append(indent).append(String.join(" · ", row.children().stream().map(this::inlineOf).toList())).append("  \n");
                }
                out.append('\n');
            }
            default -> blocks(element, out, indent); // p, div, section, figure...
        }
    }

    private String inlineOf(Element element) {
        StringBuilder inline = new StringBuilder();
        for (Node child : element.childNodes()) {
            inline(child, inline);
        }
        return inline.toString().strip().replace("\n", " ");
    }

    private void inline(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(escape(text.text()));
        } else if (node instanceof Element element) {
            switch (element.tagName()) {
                case "br" -> out.append("  \n");
                case "strong", "b" -> wrap(element, "**", out);
                case "em", "i", "cite" -> wrap(element, "*", out);
                case "del", "s" -> out.append(inlineOf(element)); // the portal's Markdown has no strikethrough
                case "code" -> out.append('`').append(element.text().replace("`", "'")).append('`');
                case "a" -> {
                    String href = element.attr("href");
                    String label = inlineOf(element);
                    if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:")) {
                        out.append('[').append(label.isEmpty() ? escape(href) : label).append("](").append(linkDestination(href)).append(')');
                    } else {
                        out.append(label);
                    }
                }
                default -> {
                    if (isBlock(element)) {
                        out.append(' ').append(inlineOf(element)).append(' ');
                    } else {
                        for (Node child : element.childNodes()) {
                            inline(child, out);
                        }
                    }
                }
            }
        }
    }

    /** An address as a link's destination: what would end or break it (spaces, parentheses, angle brackets) encoded. */
    private static String linkDestination(String href) {
        return href.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
    }

    private void wrap(Element element, String marker, StringBuilder out) {
        String inner = inlineOf(element);
        if (!inner.isBlank()) {
            out.append(marker).append(inner).append(marker);
        }
    }

    private static boolean isBlock(Element element) {
        return switch (element.tagName()) {
            case "p", "div", "section", "article", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
                 "blockquote", "pre", "hr", "table", "dl", "dd", "dt", "header", "footer", "aside" -> true;
            default -> false;
        };
    }

    private static String escape(String text) {
        String escaped = MARKDOWN_SPECIAL.matcher(text.replaceAll("\\s+", " ")).replaceAll("\\\\$1");
        String bulletsEscaped = LINE_START_RULE.matcher(LINE_START_BULLET.matcher(escaped).replaceAll("$1\\\\$2$3")).replaceAll("$1\\\\$2");
        return LINE_START_NUMBER.matcher(bulletsEscaped).replaceAll("$1$2\\\\$3$4");
    }
}
