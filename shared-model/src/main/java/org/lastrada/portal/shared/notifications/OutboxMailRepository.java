package org.lastrada.portal.shared.notifications;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.LockOptions;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

/** The mail outbox. */
public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    List<OutboxMail> findTop50ByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(OutboxMail.Status status, Instant now);

    Page<OutboxMail> findAllByOrderByIdDesc(Pageable pageable);

    /**
     * The mail, locked for this transaction, if it is still waiting and no other transaction holds it: with several
     * replicas, the one that claims a mail sends it and the others pass over it ({@code for update skip locked}
     * on MySQL 8 and MariaDB 10.6+; a plain {@code for update}, which waits, where the database cannot skip).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = AvailableSettings.JAKARTA_LOCK_TIMEOUT, value = "" + LockOptions.SKIP_LOCKED))
    @Query("select m from OutboxMail m where m.id = :id and m.status = :status")
    Optional<OutboxMail> claim(@Param("id") Long id, @Param("status") OutboxMail.Status status);
}
