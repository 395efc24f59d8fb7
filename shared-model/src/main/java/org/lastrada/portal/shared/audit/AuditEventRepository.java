package org.lastrada.portal.shared.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The audit log. */
public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByTargetTypeAndTargetIdOrderByOccurredAtAsc(String targetType, String targetId);

    List<AuditEvent> findByActionOrderByOccurredAtDesc(String action);

    Page<AuditEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);
}
