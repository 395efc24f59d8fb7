package org.lastrada.portal.secretariat.moderation;

import java.time.Instant;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What waits for the secretariat's decision, oldest first, one page at a time. */
@Service
public class ModerationQueue {

    /** One row of the queue. */
    public record Item(Long postId, String title, String organisation, PostType type, String language, String submitter,
                       Instant submittedAt) {
    }

    private final PostRepository posts;
    private final CurrentActor currentActor;

    ModerationQueue(PostRepository posts, CurrentActor currentActor) {
        this.posts = posts;
        this.currentActor = currentActor;
    }

    @Transactional(readOnly = true)
    public Page<Item> submittedPosts(Pageable pageable) {
        Actor actor = currentActor.require();
        if (!actor.isSecretariat()) {
            throw new AccessDeniedException(actor.username() + " may not see the moderation queue.");
        }
        return posts.findQueue(PostStatus.SUBMITTED, pageable)
                .map(post -> new Item(post.getId(), post.getTitle(), post.getOrganisation().getName(), post.getType(),
                        post.getContent().getLanguage(), post.getAuthorName(), post.getSubmittedAt()));
    }
}
