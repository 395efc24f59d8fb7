package org.lastrada.portal.shared.posts;

import java.time.Instant;
import java.util.Set;

/**
 * A public post as lists show it (news, home and member pages, the API's lists): what a card needs and not the
 * post's body, which is up to 20 KB and only read on the post's own page and in feeds. Its featured image is the key of
 * a library image, or null.
 */
public record PublicPostCard(Long id, String slug, PostType type, String title, String summary, String language, Set<String> tags,
                             Instant publishedAt, String organisationName, String organisationSlug,
                             String featuredImage) {
}
