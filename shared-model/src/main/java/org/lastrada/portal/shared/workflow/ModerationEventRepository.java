package org.lastrada.portal.shared.workflow;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The moderation history of posts and revisions. */
public interface ModerationEventRepository extends JpaRepository<ModerationEvent, Long> {

    List<ModerationEvent> findByItemTypeAndItemIdOrderByOccurredAtAscIdAsc(ItemType itemType, Long itemId);
}
