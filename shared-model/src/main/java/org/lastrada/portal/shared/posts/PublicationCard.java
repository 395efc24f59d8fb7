package org.lastrada.portal.shared.posts;

import java.time.Instant;

/**
 * A public publication as the library lists it: its post's card, the generated name of its PDF, and its cover (the
 * post's featured image: a library image's key, or null).
 */
public record PublicationCard(Long id, String slug, String title, String summary, String language, Instant publishedAt,
                              String organisationName, String organisationSlug, String attachment, String cover) {
}
