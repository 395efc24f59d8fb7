package org.lastrada.portal.shared.posts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Revisions of published posts. */
public interface PostRevisionRepository extends JpaRepository<PostRevision, Long> {

    Optional<PostRevision> findByOpenForPostId(Long postId);

    /** The open changes of published posts that would show the image (as featured image or in the text). */
    @Query("""
            select r from PostRevision r where r.openForPostId is not null
              and (r.content.featuredImage = :key or r.content.body like concat('%', :key, '%'))""")
    List<PostRevision> findOpenUsingImage(@Param("key") String key);
}
