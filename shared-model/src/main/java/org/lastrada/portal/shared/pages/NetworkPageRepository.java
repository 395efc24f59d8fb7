package org.lastrada.portal.shared.pages;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The network pages in navigation order, with or without their translations. */
public interface NetworkPageRepository extends JpaRepository<NetworkPage, Long> {

    Optional<NetworkPage> findBySlug(String slug);

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
