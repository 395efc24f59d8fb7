package org.lastrada.portal.shared.media;

import org.lastrada.portal.shared.posts.PostStatus;

/**
 * A post that uses an image: in its own content (in any state), or in a change of its published text waiting for
 * review ({@code pendingChange}).
 */
public record MediaUse(Long postId, String title, PostStatus status, boolean pendingChange) {
}
