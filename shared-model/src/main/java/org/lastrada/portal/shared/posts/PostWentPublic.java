package org.lastrada.portal.shared.posts;

import java.time.Instant;

/** Published when a post has become visible to the public: at approval, or when its publish-at moment came. */
public record PostWentPublic(Long postId, String slug, Instant at) {
}
