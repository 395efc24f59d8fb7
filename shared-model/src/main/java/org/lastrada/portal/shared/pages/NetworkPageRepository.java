package org.lastrada.portal.shared.pages;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The network pages in navigation order, with or without their translations. */
public interface NetworkPageRepository extends JpaRepository<NetworkPage, Long> {

    Optional<NetworkPage> findBySlug(String slug);

    /** The page, its row locked until the transaction ends: one save of its texts at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from NetworkPage p where p.slug = :slug")
    Optional<NetworkPage> findLockedBySlug(String slug);

    List<NetworkPage> findAllByOrderByPositionAscTitleAsc();

    /**
     * The pages in navigation order with their translations loaded (one query), so that {@link NetworkPage#inLanguage} can
     * be asked outside the transaction (the public site's snapshot of the pages).
     */
    @EntityGraph(attributePaths = "translations")
    List<NetworkPage> findAllWithTranslationsByOrderByPositionAscTitleAsc();

    /** One page with its translations loaded. */
    @EntityGraph(attributePaths = "translations")
    Optional<NetworkPage> findWithTranslationsBySlug(String slug);
}
