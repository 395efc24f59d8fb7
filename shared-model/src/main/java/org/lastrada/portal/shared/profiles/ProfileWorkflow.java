package org.lastrada.portal.shared.profiles;

import java.time.Clock;
import java.util.Locale;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.workflow.ModerationEvent;
import org.lastrada.portal.shared.workflow.ModerationHistory;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.stereotype.Component;

/**
 * Takes one workflow step on a profile change (approving applies it to the live profile) and records it in
 * the moderation history and the audit log. The caller has loaded the change and checked who acts.
 */
@Component
public class ProfileWorkflow {

    private final ModerationHistory history;
    private final AuditLog auditLog;
    private final Clock clock;

    ProfileWorkflow(ModerationHistory history, AuditLog auditLog, Clock clock) {
        this.history = history;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public ModerationEvent take(ProfileRevision revision, WorkflowAction action, Actor actor, String comment) {
        ModerationEvent event = history.record(revision.perform(action, actor, comment, clock.instant()),
                revision.title(), null, revision.getAuthorAccountId());
        auditLog.record(actor, "profile." + action.name().toLowerCase(Locale.ROOT), "organisation",
                revision.getOrganisation().getSlug(), revision.getOrganisation().getId(), event.summary());
        return event;
    }
}
