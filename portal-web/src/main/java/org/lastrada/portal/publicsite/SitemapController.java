package org.lastrada.portal.publicsite;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.posts.PublicPostAddress;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What search engines may crawl: every public page in the sitemap, the workspace kept out by robots.txt. */
@RestController
class SitemapController {

    static final int MAX_POSTS = 5_000;

    private final PublicCatalogue catalogue;

    SitemapController(PublicCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Every page of the site in every language, each with its {@code hreflang} alternates (and {@code x-default}, the
     * English page); a post once, at its address in its own language (a Polish post under /pl/).
     */
    @GetMapping(value = "/sitemap.xml", produces = "application/xml;charset=UTF-8")
    String sitemap(HttpServletResponse response) {
        PublicSiteController.cacheable(response);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        List<PublicPostAddress> posts = catalogue.latestAddresses(MAX_POSTS);
        Instant newest = posts.stream().map(PublicPostAddress::lastModified).max(Instant::compareTo).orElse(null);
        inEveryLanguage(xml, base, "/", newest);
        inEveryLanguage(xml, base, "/members", null);
        inEveryLanguage(xml, base, "/news", newest);
        inEveryLanguage(xml, base, "/events", null);
        inEveryLanguage(xml, base, "/publications", null);
        inEveryLanguage(xml, base, "/help", null);
        catalogue.pages().forEach(page -> inEveryLanguage(xml, base, "/about/" + page.getSlug(), page.getUpdatedAt()));
        catalogue.members(null, null, null).forEach(member -> inEveryLanguage(xml, base, "/members/" + member.getSlug(), member.getUpdatedAt()));
        posts.forEach(post -> url(xml, base + NetworkLanguage.fromCode(post.language()).orElse(NetworkLanguage.ENGLISH).pathPrefix()
                + "/news/" + post.slug(), post.lastModified(), ""));
        return xml.append("</urlset>\n").toString();
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    String robots() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return "User-agent: *\nDisallow: /workspace\nDisallow: /login\nAllow: /\nSitemap: " + base + "/sitemap.xml\n";
    }

    /** A page at its address in each language, each naming all of them as its alternates. */
    private static void inEveryLanguage(StringBuilder xml, String base, String englishPath, Instant lastModified) {
        StringBuilder alternates = new StringBuilder();
        for (NetworkLanguage language : NetworkLanguage.values()) {
            alternate(alternates, language.code(), base + SiteLanguage.in(language, englishPath));
        }
        alternate(alternates, "x-default", base + englishPath);
        for (NetworkLanguage language : NetworkLanguage.values()) {
            url(xml, base + SiteLanguage.in(language, englishPath), lastModified, alternates.toString());
        }
    }

    private static void alternate(StringBuilder xml, String hreflang, String href) {
        xml.append("\n    <xhtml:link rel=\"alternate\" hreflang=\"").append(hreflang).append("\" href=\"")
                .append(Entities.escape(href)).append("\"/>");
    }

    private static void url(StringBuilder xml, String location, Instant lastModified, String alternates) {
        xml.append("  <url><loc>").append(Entities.escape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(DateTimeFormatter.ISO_INSTANT.format(lastModified.truncatedTo(ChronoUnit.SECONDS)))
                    .append("</lastmod>");
        }
        xml.append(alternates).append(alternates.isEmpty() ? "" : "\n  ").append("</url>\n");
    }
}
