package org.lastrada.portal.shared.posts;

import java.time.Instant;

/**
 * A post as a list of posts shows it: without its text, so a workspace list holding a page of rows per
 * signed-in person stays small however long the posts are.
 */
public record PostRow(Long id, Long organisationId, String title, PostType type, PostStatus status, String language,
                      Instant updatedAt, Instant publishAt) {
}
