package org.lastrada.portal.shared.workflow;

import java.util.Locale;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.organisations.MemberOrganisation;

/** Every step of the post and revision workflows, with who may take it and whether it needs a comment. */
public enum WorkflowAction {
    SUBMIT(Party.OWNER, false),
    WITHDRAW(Party.OWNER, false),
    RESUBMIT(Party.OWNER, false),
    ARCHIVE(Party.OWNER, false),
    DISCARD(Party.OWNER, false),
    APPROVE(Party.SECRETARIAT, false),
    REQUEST_CHANGES(Party.SECRETARIAT, true),
    REJECT(Party.SECRETARIAT, true),
    TAKE_DOWN(Party.SECRETARIAT, true),
    PUBLISH_DIRECTLY(Party.SECRETARIAT_ON_OWN_CONTENT, false);

    /** Who may take a step. */
    enum Party {
        /** The owning organisation's staff (for the secretariat's own content: moderators and admins). */
        OWNER,
        /** Moderators and administrators of the International Secretariat. */
        SECRETARIAT,
        /** Moderators and administrators, on the secretariat's own content only. */
        SECRETARIAT_ON_OWN_CONTENT
    }

    private final Party party;
    private final boolean commentRequired;

    WorkflowAction(Party party, boolean commentRequired) {
        this.party = party;
        this.commentRequired = commentRequired;
    }

    public boolean isCommentRequired() {
        return commentRequired;
    }

    /** True when a moderator takes this step on somebody else's content. */
    public boolean isModeration() {
        return party != Party.OWNER;
    }

    public boolean permits(Actor actor, MemberOrganisation owner) {
        return switch (party) {
            case OWNER -> actor.actsFor(owner);
            case SECRETARIAT -> actor.isSecretariat();
            case SECRETARIAT_ON_OWN_CONTENT -> actor.isSecretariat() && owner.isSecretariat();
        };
    }

    /** "request changes", for logs and the audit; what people read comes from {@link #messageKey()}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "request-changes": the step's part of its keys in the message bundles. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The step as the workspace names it where it was taken ("Changes requested"), in a history or a notification. */
    public String messageKey() {
        return "workspace.action." + key();
    }
}
