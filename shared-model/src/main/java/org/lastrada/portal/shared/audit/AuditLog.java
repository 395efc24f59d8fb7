package org.lastrada.portal.shared.audit;

import java.time.Clock;
import org.lastrada.portal.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes audit entries inside the caller's transaction, so a change and its entry land together or not at all. */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    public AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String targetType, Object targetId, Long organisationId, String summary) {
        events.save(new AuditEvent(actor.accountId(), actor.username(), action, targetType,
                targetId == null ? null : targetId.toString(), organisationId, summary, clock.instant()));
    }

    /** For events without a signed-in actor, such as failed sign-ins and system jobs. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAnonymous(String actorName, String action, String targetType, Object targetId, Long organisationId, String summary) {
        events.save(new AuditEvent(null, actorName, action, targetType,
                targetId == null ? null : targetId.toString(), organisationId, summary, clock.instant()));
    }
}
