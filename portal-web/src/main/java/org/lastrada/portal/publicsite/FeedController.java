package org.lastrada.portal.publicsite;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.lastrada.portal.shared.content.MarkdownRenderer;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Atom feeds of the network's news: everything, one organisation's, one type's. */
@RestController
class FeedController {

    private static final String ATOM = "application/atom+xml;charset=UTF-8";
    private static final int ENTRIES = 30;

    private final PublicCatalogue catalogue;
    private final MarkdownRenderer markdown;

    FeedController(PublicCatalogue catalogue, MarkdownRenderer markdown) {
        this.catalogue = catalogue;
        this.markdown = markdown;
    }

    @GetMapping(value = "/feeds/news.atom", produces = ATOM)
    String all(HttpServletResponse response) {
        return feed("News of the La Strada network", PublicCatalogue.NewsFilter.NONE, response);
    }

    @GetMapping(value = "/feeds/members/{slug}.atom", produces = ATOM)
    String member(@PathVariable String slug, HttpServletResponse response) {
        var organisation = catalogue.member(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such member organisation."));
        return feed("News of " + organisation.getName(), new PublicCatalogue.NewsFilter(null, organisation.getSlug(), null, null, null), response);
    }

    @GetMapping(value = "/feeds/types/{type}.atom", produces = ATOM)
    String type(@PathVariable String type, HttpServletResponse response) {
        PublicCatalogue.NewsFilter filter = NewsQuery.filter(type, null, null, null, null);
        return feed(filter.type().label() + " of the La Strada network", filter, response);
    }

    private String feed(String title, PublicCatalogue.NewsFilter filter, HttpServletResponse response) {
        PublicSiteController.cacheable(response);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String self = ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUriString();
        List<Post> posts = catalogue.latestWithText(filter, ENTRIES);
        Instant updated = posts.isEmpty() ? Instant.EPOCH : posts.get(0).getPublishedAt();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n")
                .append("  <title>").append(escape(title)).append("</title>\n")
                .append("  <id>").append(escape(self)).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(escape(self)).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(base)).append("/news\"/>\n")
                .append("  <updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n")
                .append("  <author><name>La Strada International</name></author>\n");
        for (Post post : posts) {
            String link = base + "/news/" + post.getSlug();
            xml.append("  <entry xml:lang=\"").append(escape(post.getContent().getLanguage())).append("\">\n")
                    .append("    <title>").append(escape(post.getTitle())).append("</title>\n")
                    .append("    <id>").append(escape(link)).append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(link)).append("\"/>\n")
                    .append("    <published>").append(DateTimeFormatter.ISO_INSTANT.format(post.getPublishedAt())).append("</published>\n")
                    .append("    <updated>").append(DateTimeFormatter.ISO_INSTANT.format(post.getPublishedAt())).append("</updated>\n")
                    .append("    <author><name>").append(escape(post.getOrganisation().getName())).append("</name></author>\n")
                    .append("    <category term=\"").append(post.getType().name().toLowerCase(Locale.ROOT)).append("\"/>\n");
            if (post.getContent().getSummary() != null) {
                xml.append("    <summary>").append(escape(post.getContent().getSummary())).append("</summary>\n");
            }
            xml.append("    <content type=\"html\">").append(escape(markdown.toSafeHtml(post.getContent().getBody())))
                    .append("</content>\n  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    /**
     * Text for XML: the markup characters as entities, everything else as it is (the feed is UTF-8). Written out
     * because a feed escapes 30 rendered bodies; general HTML escapers looked up every character in a table of entities.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + text.length() / 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
