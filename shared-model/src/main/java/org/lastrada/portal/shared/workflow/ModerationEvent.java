package org.lastrada.portal.shared.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lastrada.portal.shared.security.Actor;

/** One workflow step taken on a post or revision: who, from which state to which, why, and when. */
@Entity
@Table(name = "moderation_event")
public class ModerationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "item_type", nullable = false, length = 20)
    private ItemType itemType;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private WorkflowAction action;

    @Column(name = "from_state", length = 30)
    private String fromState;

    @Column(name = "to_state", nullable = false, length = 30)
    private String toState;

    @Column(length = 2000)
    private String comment;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected ModerationEvent() {
    }

    public ModerationEvent(ItemType itemType, Long itemId, Long organisationId, Actor actor, WorkflowAction action,
                           Enum<?> from, Enum<?> to, String comment, Instant occurredAt) {
        this.itemType = itemType;
        this.itemId = itemId;
        this.organisationId = organisationId;
        this.actorAccountId = actor.accountId();
        this.actorName = actor.displayName();
        this.action = action;
        this.fromState = from == null ? null : from.name();
        this.toState = to.name();
        this.comment = comment;
        this.occurredAt = occurredAt;
    }

    /** "SUBMITTED -> CHANGES_REQUESTED: comment", for the audit log. */
    public String summary() {
        return (fromState == null ? "NEW" : fromState) + " -> " + toState + (comment == null ? "" : ": " + comment);
    }

    public Long getId() { return id; }
    public ItemType getItemType() { return itemType; }
    public Long getItemId() { return itemId; }
    public Long getOrganisationId() { return organisationId; }
    public Long getActorAccountId() { return actorAccountId; }
    public String getActorName() { return actorName; }
    public WorkflowAction getAction() { return action; }
    public String getFromState() { return fromState; }
    public String getToState() { return toState; }
    public String getComment() { return comment; }
    public Instant getOccurredAt() { return occurredAt; }
}
