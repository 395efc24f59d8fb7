package org.lastrada.portal.shared.posts;

import java.time.Instant;

/**
 * What a public post's rendering depends on besides its id: its version (any edit raises it) and its organisation's
 * name, which it is shown with. Readers that keep what they rendered of a post (feed entries) key it on this.
 */
public record PostStamp(Long id, long version, Instant publishedAt, String organisationName) {
}
