package org.lastrada.portal.publicsite;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.nodes.Entities;
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

    @GetMapping(value = "/sitemap.xml", produces = "application/xml;charset=UTF-8")
    String sitemap(HttpServletResponse response) {
        PublicSiteController.cacheable(response);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        List<PublicPostAddress> posts = catalogue.latestAddresses(MAX_POSTS);
        Instant newest = posts.stream().map(PublicPostAddress::lastModified).max(Instant::compareTo).orElse(null);
        url(xml, base + "/", newest);
        url(xml, base + "/members", null);
        url(xml, base + "/news", newest);
        catalogue.pages().forEach(page -> url(xml, base + "/about/" + page.getSlug(), page.getUpdatedAt()));
        catalogue.members(null, null, null).forEach(member -> url(xml, base + "/members/" + member.getSlug(), member.getUpdatedAt()));
        posts.forEach(post -> url(xml, base + "/news/" + post.slug(), post.lastModified()));
        return xml.append("</urlset>\n").toString();
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    String robots() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return "User-agent: *\nDisallow: /workspace\nDisallow: /login\nAllow: /\nSitemap: " + base + "/sitemap.xml\n";
    }

    private static void url(StringBuilder xml, String location, Instant lastModified) {
        xml.append("  <url><loc>").append(Entities.escape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(DateTimeFormatter.ISO_INSTANT.format(lastModified.truncatedTo(ChronoUnit.SECONDS)))
                    .append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
