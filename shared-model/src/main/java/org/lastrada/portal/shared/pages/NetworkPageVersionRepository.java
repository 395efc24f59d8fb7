package org.lastrada.portal.shared.pages;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The versions of the network pages' texts, per page and language. */
public interface NetworkPageVersionRepository extends JpaRepository<NetworkPageVersion, Long> {

    /** A page's versions in one language, newest first. */
    List<NetworkPageVersion> findByPageIdAndLanguageOrderByNumberDesc(Long pageId, String language);

    Optional<NetworkPageVersion> findFirstByPageIdAndLanguageOrderByNumberDesc(Long pageId, String language);

    Optional<NetworkPageVersion> findByPageIdAndLanguageAndNumber(Long pageId, String language, int number);
}
