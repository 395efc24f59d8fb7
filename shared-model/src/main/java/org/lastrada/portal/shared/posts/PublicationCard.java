package org.lastrada.portal.shared.posts;

import java.time.Instant;

/** A public publication as the library lists it: its post's card and the generated name of its PDF. */
public record PublicationCard(Long id, String slug, String title, String summary, String language, Instant publishedAt,
                              String organisationName, String organisationSlug, String attachment) {
}
