package org.lastrada.portal.shared.posts;

import java.time.Clock;
import java.util.Locale;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.workflow.ModerationEvent;
import org.lastrada.portal.shared.workflow.ModerationHistory;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.stereotype.Component;

/**
 * Takes one workflow step on a post or on the change of a published post, and records it in the moderation
 * history and the audit log. The caller has loaded the item and checked who acts; the transition table
 * still refuses a step from the wrong state or by the wrong party.
 */
@Component
public class PostWorkflow {

    private final ModerationHistory history;
    private final AuditLog auditLog;
    private final Clock clock;

    PostWorkflow(ModerationHistory history, AuditLog auditLog, Clock clock) {
        this.history = history;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public ModerationEvent take(Post post, WorkflowAction action, Actor actor, String comment) {
        ModerationEvent event = history.record(post.perform(action, actor, comment, clock.instant()), post.getTitle(), post.getId(),
                post.getAuthorAccountId());
        auditLog.record(actor, "post." + action.name().toLowerCase(Locale.ROOT), "post", post.getSlug(),
                post.getOrganisation().getId(), event.summary());
        return event;
    }

    public ModerationEvent take(PostRevision revision, WorkflowAction action, Actor actor, String comment) {
        ModerationEvent event = history.record(revision.perform(action, actor, comment, clock.instant()),
                revision.getContent().getTitle(), revision.getPost().getId(), revision.getAuthorAccountId());
        auditLog.record(actor, "post_revision." + action.name().toLowerCase(Locale.ROOT), "post", revision.getPost().getSlug(),
                revision.owner().getId(), event.summary());
        return event;
    }
}
