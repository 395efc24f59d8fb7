package org.lastrada.portal.shared.posts;

import java.time.Instant;

/**
 * A public post as search results show it: what its card says and the {@link PostContent#getOpening() opening} of its
 * body, read from the database without the rest of the body (up to 20 KB) or the post's entity. {@code opening} may be
 * given as the whole body or its first {@link PostContent#OPENING_LENGTH} + 1 characters: it is cut here.
 */
public record PublicPostExcerpt(Long id, String slug, PostType type, String title, String summary, String opening, String language,
                                Instant publishedAt, String organisationName) {

    public PublicPostExcerpt {
        opening = PostContent.opening(opening);
    }
}
