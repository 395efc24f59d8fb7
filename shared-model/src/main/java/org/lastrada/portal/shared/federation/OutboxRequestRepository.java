package org.lastrada.portal.shared.federation;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.LockOptions;
import org.hibernate.cfg.AvailableSettings;
import org.lastrada.portal.shared.notifications.OutboxEntry;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

/** The outbox of HTTP requests (WebSub pings, webhooks). */
public interface OutboxRequestRepository extends JpaRepository<OutboxRequest, Long> {

    List<OutboxRequest> findTop50ByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(OutboxEntry.Status status, Instant now);

    List<OutboxRequest> findTop100ByOrderByIdDesc();

    /** The request, locked for this transaction, if it still waits and no other replica holds it (as the mails' claim). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = AvailableSettings.JAKARTA_LOCK_TIMEOUT, value = "" + LockOptions.SKIP_LOCKED))
    @Query("select r from OutboxRequest r where r.id = :id and r.status = :status")
    Optional<OutboxRequest> claim(@Param("id") Long id, @Param("status") OutboxEntry.Status status);
}
