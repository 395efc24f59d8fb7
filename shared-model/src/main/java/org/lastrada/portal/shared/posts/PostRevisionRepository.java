package org.lastrada.portal.shared.posts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Revisions of published posts. */
public interface PostRevisionRepository extends JpaRepository<PostRevision, Long> {

    Optional<PostRevision> findByOpenForPostId(Long postId);
}
