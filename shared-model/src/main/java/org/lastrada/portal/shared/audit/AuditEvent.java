package org.lastrada.portal.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the audit log: who did what to which target, when, with a short before/after summary. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    /** Username, or "system" / "anonymous". */
    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    /** Dotted action name such as {@code post.submit} or {@code login.locked}. */
    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "target_type", nullable = false, length = 40)
    private String targetType;

    @Column(name = "target_id", length = 120)
    private String targetId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(length = 1000)
    private String summary;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected AuditEvent() {
    }

    public AuditEvent(Long actorAccountId, String actorName, String action, String targetType, String targetId,
                      Long organisationId, String summary, Instant occurredAt) {
        this.actorAccountId = actorAccountId;
        this.actorName = actorName;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.organisationId = organisationId;
        this.summary = summary == null || summary.length() <= 1000 ? summary : summary.substring(0, 997) + "...";
        this.occurredAt = occurredAt;
    }

    public Long getId() { return id; }
    public Long getActorAccountId() { return actorAccountId; }
    public String getActorName() { return actorName; }
    public String getAction() { return action; }
    public String getTargetType() { return targetType; }
    public String getTargetId() { return targetId; }
    public Long getOrganisationId() { return organisationId; }
    public String getSummary() { return summary; }
    public Instant getOccurredAt() { return occurredAt; }
}
