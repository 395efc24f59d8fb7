package org.lastrada.portal.shared.posts;

import java.time.Instant;

/** Where a public post lives, in which language it is written, and when it last changed: for the sitemap. */
public record PublicPostAddress(String slug, String language, Instant publishedAt, Instant updatedAt) {

    /** The later of its public moment and its last approved change. */
    public Instant lastModified() {
        return updatedAt == null || publishedAt.isAfter(updatedAt) ? publishedAt : updatedAt;
    }
}
