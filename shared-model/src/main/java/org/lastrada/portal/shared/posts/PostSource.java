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

    @Column(name = "source_published_at")
    private Instant publishedAt;

    protected PostSource() {
    }

    public PostSource(String url, Instant publishedAt) {
        this.url = url;
        this.publishedAt = publishedAt;
    }

    public String getUrl() { return url; }
    public Instant getPublishedAt() { return publishedAt; }

    /** The host name of the address, as the post page names the website ("www.lastrada.org.pl"). */
    public String getSite() {
        return java.net.URI.create(url).getHost();
    }
}
