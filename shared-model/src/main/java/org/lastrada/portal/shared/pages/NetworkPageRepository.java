package org.lastrada.portal.shared.pages;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The network pages in navigation order. */
public interface NetworkPageRepository extends JpaRepository<NetworkPage, Long> {

    Optional<NetworkPage> findBySlug(String slug);

    List<NetworkPage> findAllByOrderByPositionAscTitleAsc();
}
