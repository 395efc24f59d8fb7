package org.lastrada.portal.shared.workflow;

import static org.lastrada.portal.shared.workflow.WorkflowAction.*;

/** States of a proposed change (a profile revision, or a revision of a published post) and their table. */
public enum RevisionStatus {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED,
    REJECTED,
    DISCARDED;

    public static final TransitionTable<RevisionStatus> TRANSITIONS = TransitionTable.of(RevisionStatus.class)
            .allow(DRAFT, SUBMIT, SUBMITTED)
            .allow(DRAFT, DISCARD, DISCARDED)
            .allow(SUBMITTED, WITHDRAW, DRAFT)
            .allow(SUBMITTED, APPROVE, APPROVED)
            .allow(SUBMITTED, REQUEST_CHANGES, CHANGES_REQUESTED)
            .allow(SUBMITTED, REJECT, REJECTED)
            .allow(CHANGES_REQUESTED, RESUBMIT, SUBMITTED)
            .allow(CHANGES_REQUESTED, DISCARD, DISCARDED)
            .build();

    /** Open revisions can still change; an organisation or post has at most one. */
    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED || this == CHANGES_REQUESTED;
    }
}
