package org.lastrada.portal.shared.workflow;

import java.time.Instant;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Takes one step in a transition table, in the order every item uses: may this actor take it on this
 * organisation's content, does the current state allow it, is the required comment there.
 */
public final class WorkflowStep {

    private WorkflowStep() {
    }

    public static <S extends Enum<S>> S take(TransitionTable<S> table, Message item, S from, WorkflowAction action,
                                             Actor actor, MemberOrganisation owner, String comment) {
        if (!action.permits(actor, owner)) {
            throw new AccessDeniedException(actor.username() + " may not " + action.label() + " " + item.english() + ".");
        }
        S to = table.next(item, from, action);
        if (action.isCommentRequired() && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("comment", Message.of("workspace.refusal.workflow.comment-required." + action.key()));
        }
        return to;
    }

    public static ModerationEvent record(ItemType type, Long itemId, MemberOrganisation owner, Actor actor,
                                         WorkflowAction action, Enum<?> from, Enum<?> to, String comment, Instant now) {
        String trimmed = comment == null || comment.isBlank() ? null : comment.strip();
        return new ModerationEvent(type, itemId, owner.getId(), actor, action, from, to, trimmed, now);
    }
}
