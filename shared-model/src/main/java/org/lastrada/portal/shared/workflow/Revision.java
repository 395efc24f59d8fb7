package org.lastrada.portal.shared.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.organisations.MemberOrganisation;

/**
 * A proposed change to live content that the secretariat reviews while the live version stays public:
 * a profile revision or a revision of a published post. Holds the review state and its last outcome.
 */
@MappedSuperclass
public abstract class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RevisionStatus status;

    @Column(name = "author_account_id")
    private Long authorAccountId;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by", length = 120)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = 2000)
    private String decisionComment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Revision() {
    }

    protected Revision(RevisionStatus status, Actor author, Instant now) {
        this.status = status;
        this.authorAccountId = author.accountId();
        this.authorName = author.displayName();
        this.createdAt = now;
        this.updatedAt = now;
        this.submittedAt = status == RevisionStatus.SUBMITTED ? now : null;
    }

    /** The organisation whose content this revision changes. */
    public abstract MemberOrganisation owner();

    /** How messages to people name it: "The change of the post “Title”". */
    public abstract Message description();

    protected abstract ItemType itemType();

    /** Applies the approved change to the live content. */
    protected abstract void applyApproved(Instant now);

    /** Keeps the "one open revision" database constraint in step with the state. */
    protected abstract void openChanged(boolean open);

    /** Takes one workflow step and returns the moderation event to record. */
    public ModerationEvent perform(WorkflowAction action, Actor actor, String comment, Instant now) {
        RevisionStatus from = status;
        RevisionStatus to = WorkflowStep.take(RevisionStatus.TRANSITIONS, description(), from, action, actor, owner(), comment);
        status = to;
        updatedAt = now;
        if (to == RevisionStatus.SUBMITTED) {
            submittedAt = now;
        }
        if (action.isModeration()) {
            decidedBy = actor.displayName();
            decidedAt = now;
            decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
        }
        if (to == RevisionStatus.APPROVED) {
            applyApproved(now);
        }
        openChanged(to.isOpen());
        return WorkflowStep.record(itemType(), id, owner(), actor, action, from, to, comment, now);
    }

    /** Marks a change to the proposed content by its author. */
    protected void touch(Instant now) {
        if (!status.isOpen()) {
            throw new WorkflowException(Message.of("workspace.refusal.workflow.no-longer-editable", description(),
                    TransitionTable.stateName(status)));
        }
        updatedAt = now;
    }

    public Long getId() { return id; }
    public RevisionStatus getStatus() { return status; }
    public Long getAuthorAccountId() { return authorAccountId; }
    public String getAuthorName() { return authorName; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionComment() { return decisionComment; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
