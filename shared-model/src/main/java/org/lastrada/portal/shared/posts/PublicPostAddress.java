package org.lastrada.portal.shared.posts;

import java.time.Instant;

/** Where a public post lives and when it last changed, for the sitemap. */
public record PublicPostAddress(String slug, Instant publishedAt, Instant updatedAt) {

    /** The later of its public moment and its last approved change. */
    public Instant lastModified() {
        return updatedAt == null || publishedAt.isAfter(updatedAt) ? publishedAt : updatedAt;
    }
}
