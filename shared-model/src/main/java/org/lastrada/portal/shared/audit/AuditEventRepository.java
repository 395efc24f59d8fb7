package org.lastrada.portal.shared.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The audit log. */
public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByTargetTypeAndTargetIdOrderByOccurredAtAsc(String targetType, String targetId);

    List<AuditEvent> findByActionOrderByOccurredAtDesc(String action);

    Page<AuditEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

    /** Newest first, narrowed by actor, organisation, action prefix and period; a null filter matches all. */
    @Query("""
            select e from AuditEvent e
            where (:actor is null or e.actorName = :actor)
              and (:organisationId is null or e.organisationId = :organisationId)
              and (:action is null or e.action like concat(:action, '%'))
              and (:from is null or e.occurredAt >= :from) and (:to is null or e.occurredAt < :to)
            order by e.occurredAt desc, e.id desc""")
    Page<AuditEvent> search(@Param("actor") String actor, @Param("organisationId") Long organisationId,
                            @Param("action") String action, @Param("from") Instant from, @Param("to") Instant to,
                            Pageable pageable);
}
