package org.lastrada.portal.shared.content;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns what members write in Markdown into HTML that is safe to show to anyone: raw HTML in the input is
 * escaped, and the rendered result passes an allow-list (no scripts, event handlers, styles or
 * {@code javascript:} URLs), so the workspace preview and the public site show exactly the same safe markup.
 */
@Component
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeAttributes("img", "align", "width", "height", "title")
            .addTags("hr", "del", "s")
            .addAttributes("a", "title")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    private static final String BASE_URI = "https://portal.invalid/";

    /** How wide a text's images are shown: the page's text column (60rem less its padding), or the screen on a phone. */
    static final String IMAGE_SIZES = "(min-width: 60rem) 58rem, 100vw";

    private final MediaSizes mediaSizes;
    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    /**
     * The same text always renders to the same HTML, and rendering (parse, render, clean) costs more than the
     * rest of a public page; the results of recent texts are kept, up to about {@link #CACHED_CHARACTERS}.
     */
    static final long CACHED_CHARACTERS = 16_000_000;
    private final Cache<String, String> rendered = Caffeine.newBuilder()
            .maximumWeight(CACHED_CHARACTERS)
            .weigher((String markdown, String html) -> markdown.length() + html.length())
            .build();

    /** A renderer that shows no images (every image reference is dropped). */
    public MarkdownRenderer() {
        this(MediaSizes.NONE);
    }

    /** A renderer that shows the library images it finds, at the sizes {@code mediaSizes} gives. */
    @Autowired
    public MarkdownRenderer(MediaSizes mediaSizes) {
        this.mediaSizes = mediaSizes;
    }

    /** Markdown in, sanitised HTML out; null or blank input gives an empty string. */
    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return rendered.get(markdown, text -> sanitise(renderer.render(withHeadingsUnderThePageTitle(parser.parse(text)))));
    }

    /**
     * A text is shown under its page's title (the page's only h1), so its headings become h2, h3... in the order of
     * their levels, never skipping one: "# A" and "### B" in a text render as h2 and h3. Screen readers navigate
     * by heading level; a skipped level reads as missing content.
     */
    static Node withHeadingsUnderThePageTitle(Node document) {
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
            }
        });
        List<Integer> levels = headings.stream().map(Heading::getLevel).distinct().sorted().toList();
        headings.forEach(heading -> heading.setLevel(Math.min(6, 2 + levels.indexOf(heading.getLevel()))));
        return document;
    }

    /**
     * Any HTML in, only the allowed elements, attributes and URL schemes out. An image stays only when it is one of the
     * portal's library images ({@link MediaAddresses#PUBLIC_ADDRESS}, nothing from elsewhere), and is given its
     * variants (srcset), its size (no layout shift) and lazy loading.
     */
    public String sanitise(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, BASE_URI, ALLOWED, output);
        if (!clean.contains("<img")) {
            return clean;
        }
        Document document = Jsoup.parseBodyFragment(clean, BASE_URI);
        document.outputSettings(output);
        for (Element image : document.select("img")) {
            Matcher address = MediaAddresses.PUBLIC_ADDRESS.matcher(image.attr("src"));
            Optional<MediaSize> size = address.matches() ? mediaSizes.of(address.group(1)) : Optional.empty();
            if (size.isEmpty()) {
                image.remove();
                continue;
            }
            MediaSize shown = size.get();
            int width = shown.widthFor(960);
            image.attr("src", shown.url(width)).attr("srcset", shown.srcset()).attr("sizes", IMAGE_SIZES)
                    .attr("width", String.valueOf(width)).attr("height", String.valueOf(shown.heightAt(width)))
                    .attr("loading", "lazy").attr("decoding", "async").attr("alt", image.attr("alt"));
        }
        return document.body().html();
    }

    /** The text without markup, for summaries, meta descriptions and search snippets. */
    public String toPlainText(String markdown, int maxLength) {
        String text = Jsoup.parse(toSafeHtml(markdown)).text();
        return text.length() <= maxLength ? text : text.substring(0, Math.max(0, maxLength - 1)).stripTrailing() + "…";
    }
}
