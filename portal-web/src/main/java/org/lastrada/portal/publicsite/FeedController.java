package org.lastrada.portal.publicsite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lastrada.portal.shared.content.MarkdownRenderer;
import org.lastrada.portal.shared.federation.FederationProperties;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostStamp;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Atom feeds of the network's news: everything, one organisation's, one type's; each names the WebSub hub, if any. */
@RestController
class FeedController {

    private static final String ATOM = "application/atom+xml;charset=UTF-8";
    private static final int ENTRIES = 30;

    /** Entries already written, as UTF-8: escaping and encoding 30 rendered bodies (400 KB) was most of a feed's cost. */
    static final long CACHED_ENTRY_BYTES = 16_000_000;

    /** An entry is the same for the same post stamp (version, organisation name) and site address (with its language). */
    private record EntryKey(PostStamp stamp, String base) {
    }

    private final PublicCatalogue catalogue;
    private final MarkdownRenderer markdown;
    private final SiteFormat format;
    private final Cache<EntryKey, byte[]> entries = Caffeine.newBuilder()
            .maximumWeight(CACHED_ENTRY_BYTES)
            .weigher((EntryKey key, byte[] entry) -> entry.length)
            .build();

    /** The WebSub hub's link, announced in every feed when one is configured; empty otherwise. */
    private final String hubLink;

    FeedController(PublicCatalogue catalogue, MarkdownRenderer markdown, SiteFormat format, FederationProperties federation) {
        this.catalogue = catalogue;
        this.markdown = markdown;
        this.format = format;
        this.hubLink = federation.hasWebsubHub() ? "  <link rel=\"hub\" href=\"" + escape(federation.websubHub().strip()) + "\"/>\n" : "";
    }

    @GetMapping(value = {"/feeds/news.atom", SiteLanguage.PREFIX + "/feeds/news.atom"}, produces = ATOM)
    byte[] all(HttpServletRequest request, HttpServletResponse response) {
        return feed(format.text("site.feed.news"), PublicCatalogue.NewsFilter.NONE, "/news", request, response);
    }

    @GetMapping(value = {"/feeds/members/{slug}.atom", SiteLanguage.PREFIX + "/feeds/members/{slug}.atom"}, produces = ATOM)
    byte[] member(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        var organisation = catalogue.member(slug)
                .orElseThrow(() -> PublicRefusal.notFound("site.error.no-member"));
        return feed(format.text("site.feed.member", organisation.getName()),
                new PublicCatalogue.NewsFilter(null, organisation.getSlug(), null, null, null),
                "/members/" + organisation.getSlug(), request, response);
    }

    @GetMapping(value = {"/feeds/types/{type}.atom", SiteLanguage.PREFIX + "/feeds/types/{type}.atom"}, produces = ATOM)
    byte[] type(@PathVariable String type, HttpServletRequest request, HttpServletResponse response) {
        PublicCatalogue.NewsFilter filter = NewsQuery.filter(type, null, null, null, null);
        String code = filter.type().name().toLowerCase(Locale.ROOT);
        return feed(format.text("site.feed.type." + code), filter, "/news?type=" + code, request, response);
    }

    /**
     * A feed in the address's language: its title, {@code xml:lang} and links to the site's pages in that language.
     *
     * @param page the public page the feed follows (its alternate link), by its English address
     */
    private byte[] feed(String title, PublicCatalogue.NewsFilter filter, String page, HttpServletRequest request,
                        HttpServletResponse response) {
        PublicSiteController.cacheable(response);
        NetworkLanguage language = SiteLanguage.of(request);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + language.pathPrefix();
        String self = ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUriString();
        List<PostStamp> stamps = catalogue.latestStamps(filter, ENTRIES);
        Map<EntryKey, byte[]> kept = entries.getAllPresent(stamps.stream().map(stamp -> new EntryKey(stamp, base)).toList());
        List<Long> toRender = stamps.stream().filter(stamp -> !kept.containsKey(new EntryKey(stamp, base))).map(PostStamp::id).toList();
        Map<Long, Post> rendering = catalogue.publicPosts(toRender).stream().collect(Collectors.toMap(Post::getId, Function.identity()));

        Instant updated = stamps.isEmpty() ? Instant.EPOCH : stamps.get(0).publishedAt();
        ByteArrayOutputStream xml = new ByteArrayOutputStream(16_384 * (stamps.size() + 1));
        xml.writeBytes(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + language.code() + "\">\n"
                + "  <title>" + escape(title) + "</title>\n"
                + "  <id>" + escape(self) + "</id>\n"
                + "  <link rel=\"self\" href=\"" + escape(self) + "\"/>\n"
                + hubLink
                + "  <link rel=\"alternate\" type=\"text/html\" href=\"" + escape(base + page) + "\"/>\n"
                + "  <updated>" + DateTimeFormatter.ISO_INSTANT.format(updated) + "</updated>\n"
                + "  <author><name>" + escape(format.text("portal.name")) + "</name></author>\n").getBytes(StandardCharsets.UTF_8));
        for (PostStamp stamp : stamps) {
            EntryKey key = new EntryKey(stamp, base);
            byte[] entry = kept.get(key);
            if (entry == null) {
                Post post = rendering.get(stamp.id());
                if (post == null) {
                    continue; // no longer public since the list was read
                }
                entry = entry(post, base).getBytes(StandardCharsets.UTF_8);
                if (post.getVersion() == stamp.version() && post.getOrganisation().getName().equals(stamp.organisationName())) {
                    entries.put(key, entry);
                }
            }
            xml.writeBytes(entry);
        }
        xml.writeBytes("</feed>\n".getBytes(StandardCharsets.UTF_8));
        return xml.toByteArray();
    }

    private String entry(Post post, String base) {
        String link = base + "/news/" + post.getSlug();
        StringBuilder xml = new StringBuilder(2 * post.getContent().getBody().length() + 1_024)
                .append("  <entry xml:lang=\"").append(escape(post.getContent().getLanguage())).append("\">\n")
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
        return xml.append("    <content type=\"html\">").append(escape(markdown.toSafeHtml(post.getContent().getBody())))
                .append("</content>\n  </entry>\n").toString();
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
