package org.lastrada.portal.shared.posts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Where a post taken from a member's own website came from: the item's address there (shown on the post's page and
 * its canonical link) and when the website published it (the post's public date once approved, if it is past).
 */
@Embeddable
public class PostSource {

    @Column(name = "source_url", length = 1000)
    private String url;

    /** Whether the address is on the feed's own site, and so the post's canonical page; null only for a post without source. */
    @Column(name = "source_canonical")
    private Boolean canonical;

    @Column(name = "source_published_at")
    private Instant publishedAt;

    protected PostSource() {
    }

    public PostSource(String url, boolean canonical, Instant publishedAt) {
        this.url = url;
        this.canonical = canonical;
        this.publishedAt = publishedAt;
    }

    public String getUrl() { return url; }
    public Instant getPublishedAt() { return publishedAt; }

    /** The original is the post's canonical page: it is on the site whose feed the post came from. */
    public boolean isCanonical() { return Boolean.TRUE.equals(canonical); }

    /** The host name of the address, as the post page names the website ("www.lastrada.org.pl"); the address if it has none. */
    public String getSite() {
        try {
            String host = java.net.URI.create(url).getHost();
            return host != null ? host : url;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
