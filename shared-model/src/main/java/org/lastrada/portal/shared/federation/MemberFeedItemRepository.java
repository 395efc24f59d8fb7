package org.lastrada.portal.shared.federation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MemberFeedItemRepository extends JpaRepository<MemberFeedItem, Long> {

    Optional<MemberFeedItem> findByOrganisationIdAndItemKey(Long organisationId, String itemKey);

    /** The items of a removed feed stay known to their organisation (so they are never taken twice), without it. */
    @Modifying
    @Query("update MemberFeedItem i set i.feedId = null where i.feedId = :feedId")
    int forgetFeed(@Param("feedId") Long feedId);
}
