package org.lastrada.portal.shared.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The mail outbox. */
public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    List<OutboxMail> findTop50ByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(OutboxMail.Status status, Instant now);

    Page<OutboxMail> findAllByOrderByIdDesc(Pageable pageable);
}
