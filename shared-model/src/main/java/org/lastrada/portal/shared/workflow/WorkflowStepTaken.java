package org.lastrada.portal.shared.workflow;

/**
 * Published in the transaction of every recorded workflow step, so that notifications are written with
 * the decision they report.
 *
 * @param event           the recorded step
 * @param title           what the item is called, for people
 * @param postId          the post concerned (for posts and their changes), else null
 * @param authorAccountId who wrote the item, to tell them about decisions
 */
public record WorkflowStepTaken(ModerationEvent event, String title, Long postId, Long authorAccountId) {
}
