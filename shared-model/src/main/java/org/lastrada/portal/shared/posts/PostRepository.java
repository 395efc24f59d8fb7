package org.lastrada.portal.shared.posts;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Posts by slug and by organisation. */
public interface PostRepository extends JpaRepository<Post, Long> {

    Optional<Post> findBySlug(String slug);

    boolean existsBySlug(String slug);

    Page<Post> findByOrganisationId(Long organisationId, Pageable pageable);

    long countByOrganisationId(Long organisationId);
}
