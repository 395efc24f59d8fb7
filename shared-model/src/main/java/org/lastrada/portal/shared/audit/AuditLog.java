package org.lastrada.portal.shared.audit;

import java.time.Clock;
import java.time.Instant;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes audit entries inside the caller's transaction, so a change and its entry land together or not at all. */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final CurrentActor currentActor;
    private final Clock clock;

    public AuditLog(AuditEventRepository events, CurrentActor currentActor, Clock clock) {
        this.events = events;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Narrows the audit log; null fields match everything, {@code to} is exclusive. */
    public record Filter(String actor, Long organisationId, String actionPrefix, Instant from, Instant to) {
        public static final Filter NONE = new Filter(null, null, null, null, null);
    }

    /** The newest entries first; administrators only. */
    @Transactional(readOnly = true)
    public Page<AuditEvent> read(Pageable pageable) {
        return read(Filter.NONE, pageable);
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> read(Filter filter, Pageable pageable) {
        Actor actor = currentActor.require();
        if (!actor.isAdmin()) {
            throw new AccessDeniedException(actor.username() + " may not read the audit log.");
        }
        return events.search(blankToNull(filter.actor()), filter.organisationId(), blankToNull(filter.actionPrefix()),
                filter.from(), filter.to(), pageable);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String targetType, Object targetId, Long organisationId, String summary) {
        events.save(new AuditEvent(actor.accountId(), actor.username(), action, targetType,
                targetId == null ? null : targetId.toString(), organisationId, summary, clock.instant()));
    }

    /**
     * For events without a signed-in actor, such as sign-ins and their refusals: written in a transaction of
     * their own, so that the entry stays even when the sign-in around it fails.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAnonymous(String actorName, String action, String targetType, Object targetId, Long organisationId, String summary) {
        events.save(new AuditEvent(null, actorName, action, targetType,
                targetId == null ? null : targetId.toString(), organisationId, summary, clock.instant()));
    }
}
