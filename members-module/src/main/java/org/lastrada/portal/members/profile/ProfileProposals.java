package org.lastrada.portal.members.profile;

import java.time.Clock;
import java.util.Optional;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.profiles.ProfileRevision;
import org.lastrada.portal.shared.profiles.ProfileRevisionRepository;
import org.lastrada.portal.shared.profiles.ProfileWorkflow;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.validation.EntityValidator;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.ItemType;
import org.lastrada.portal.shared.workflow.ModerationHistory;
import org.lastrada.portal.shared.workflow.RevisionStatus;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.lastrada.portal.shared.workflow.WorkflowStep;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member staff propose changes to their organisation's profile; the live profile changes only when the
 * secretariat approves (in moderation).
 */
@Service
public class ProfileProposals {

    private final ProfileRevisionRepository revisions;
    private final MemberOrganisationRepository organisations;
    private final ModerationHistory history;
    private final ProfileWorkflow workflow;
    private final EntityValidator validator;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Clock clock;

    ProfileProposals(ProfileRevisionRepository revisions, MemberOrganisationRepository organisations, ModerationHistory history,
                     ProfileWorkflow workflow, EntityValidator validator, CurrentActor currentActor, AuditLog auditLog, Clock clock) {
        this.revisions = revisions;
        this.organisations = organisations;
        this.history = history;
        this.workflow = workflow;
        this.validator = validator;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * What an editor started from: the live profile's version and the open revision, if any. Saving with a
     * base that is no longer current is a conflict, so nobody silently overwrites someone else's change.
     */
    public record EditingBase(long organisationVersion, Long revisionId, Long revisionVersion) {
    }

    /** The organisation whose profile the actor keeps (their own; the secretariat may read any). */
    @Transactional(readOnly = true)
    public MemberOrganisation organisation(Long organisationId) {
        Actor actor = currentActor.require();
        MemberOrganisation organisation = find(organisationId);
        if (!actor.actsFor(organisation) && !actor.isSecretariat()) {
            throw new AccessDeniedException(actor.username() + " may not read the profile of " + organisation + ".");
        }
        return organisation;
    }

    @Transactional(readOnly = true)
    public EditingBase editingBase(Long organisationId) {
        MemberOrganisation organisation = ownOrganisation(currentActor.require(), organisationId);
        return currentBase(organisation, revisions.findByOpenForOrganisationId(organisationId));
    }

    /** Creates the organisation's open revision, or updates it, and (re)submits it for review. */
    @Transactional
    public ProfileRevision propose(Long organisationId, EditingBase base, OrganisationProfile proposed) {
        Actor actor = currentActor.require();
        MemberOrganisation organisation = ownOrganisation(actor, organisationId);
        Optional<ProfileRevision> open = revisions.findByOpenForOrganisationId(organisationId);
        if (!currentBase(organisation, open).equals(base)) {
            throw new ObjectOptimisticLockingFailureException(ProfileRevision.class, organisationId);
        }
        ProfileRevision revision;
        if (open.isPresent()) {
            revision = open.get();
            revision.revise(proposed, clock.instant());
            validator.check(revision);
            WorkflowAction resubmit = switch (revision.getStatus()) {
                case CHANGES_REQUESTED -> WorkflowAction.RESUBMIT;
                case DRAFT -> WorkflowAction.SUBMIT;
                default -> null;
            };
            if (resubmit != null) {
                history.record(revision.perform(resubmit, actor, null, clock.instant()), "Profile of " + organisation.getName(), null,
                        revision.getAuthorAccountId());
            }
        } else {
            revision = new ProfileRevision(organisation, proposed, actor, clock.instant());
            validator.check(revision);
            revision = revisions.save(revision);
            history.record(WorkflowStep.record(ItemType.PROFILE_REVISION, revision.getId(), organisation, actor,
                    WorkflowAction.SUBMIT, null, RevisionStatus.SUBMITTED, null, clock.instant()), "Profile of " + organisation.getName(),
                    null, revision.getAuthorAccountId());
        }
        auditLog.record(actor, "profile.propose", "organisation", organisation.getSlug(), organisationId,
                "revision " + revision.getId());
        return revision;
    }

    /** Takes one of the author's steps (withdraw, discard, resubmit) on a change of the actor's own organisation. */
    @Transactional
    public ProfileRevision perform(Long revisionId, WorkflowAction action, String comment) {
        Actor actor = currentActor.require();
        if (action.isModeration()) {
            throw new InvalidInputException("action", Message.of("workspace.refusal.moderation-decision"));
        }
        ProfileRevision revision = revisions.findById(revisionId)
                .orElseThrow(() -> new InvalidInputException("revision", Message.of("workspace.refusal.no-such-profile-change")));
        if (!actor.actsFor(revision.getOrganisation())) {
            throw new AccessDeniedException(actor.username() + " may not change the profile of " + revision.getOrganisation() + ".");
        }
        workflow.take(revision, action, actor, comment);
        return revision;
    }

    /** The organisation's open revision, for its own staff and the secretariat. */
    @Transactional(readOnly = true)
    public Optional<ProfileRevision> openRevision(Long organisationId) {
        Actor actor = currentActor.require();
        MemberOrganisation organisation = find(organisationId);
        if (!actor.actsFor(organisation) && !actor.isSecretariat()) {
            throw new AccessDeniedException(actor.username() + " may not read the profile changes of " + organisation + ".");
        }
        return revisions.findByOpenForOrganisationId(organisationId);
    }

    private static EditingBase currentBase(MemberOrganisation organisation, Optional<ProfileRevision> open) {
        return new EditingBase(organisation.getVersion(), open.map(ProfileRevision::getId).orElse(null),
                open.map(ProfileRevision::getVersion).orElse(null));
    }

    private MemberOrganisation ownOrganisation(Actor actor, Long organisationId) {
        MemberOrganisation organisation = find(organisationId);
        if (!actor.actsFor(organisation)) {
            throw new AccessDeniedException(actor.username() + " may not change the profile of " + organisation + ".");
        }
        return organisation;
    }

    private MemberOrganisation find(Long organisationId) {
        return organisations.findById(organisationId)
                .orElseThrow(() -> new InvalidInputException("organisation", Message.of("workspace.refusal.no-such-organisation")));
    }
}
