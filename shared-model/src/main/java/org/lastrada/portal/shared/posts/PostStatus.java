package org.lastrada.portal.shared.posts;

import static org.lastrada.portal.shared.workflow.WorkflowAction.*;

import org.lastrada.portal.shared.workflow.TransitionTable;

/** States of a post and the complete table of steps between them (see DESIGN.md, content workflow). */
public enum PostStatus {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    PUBLISHED,
    REJECTED,
    ARCHIVED;

    public static final TransitionTable<PostStatus> TRANSITIONS = TransitionTable.of(PostStatus.class)
            .allow(DRAFT, SUBMIT, SUBMITTED)
            .allow(DRAFT, PUBLISH_DIRECTLY, PUBLISHED)
            .allow(SUBMITTED, WITHDRAW, DRAFT)
            .allow(SUBMITTED, APPROVE, PUBLISHED)
            .allow(SUBMITTED, REQUEST_CHANGES, CHANGES_REQUESTED)
            .allow(SUBMITTED, REJECT, REJECTED)
            .allow(CHANGES_REQUESTED, RESUBMIT, SUBMITTED)
            .allow(PUBLISHED, ARCHIVE, ARCHIVED)
            .allow(PUBLISHED, TAKE_DOWN, ARCHIVED)
            .build();

    /** How lists and editors name the state ("Waiting for review"), a key of the message bundles (i18n/workspace). */
    public String messageKey() {
        return "workspace.posts.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The owner may change the content itself (a published post is changed through a revision). */
    public boolean isEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
