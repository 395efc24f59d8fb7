package org.lastrada.portal.members.profile;

import java.time.Clock;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.ProfileTranslation;
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
 * Member staff propose changes to their organisation's profile, and to its translations into the network's other
 * languages; the live profile (or translation) changes only when the secretariat approves (in moderation). A change per
 * language can be open at once.
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

    /** What an editor of the profile's translation into a language started from (see {@link #editingBase}). */
    @Transactional(readOnly = true)
    public EditingBase translationEditingBase(Long organisationId, String language) {
        MemberOrganisation organisation = ownOrganisation(currentActor.require(), organisationId);
        return currentBase(organisation, revisions.findByOpenForOrganisationIdAndLanguage(organisationId,
                ProfileRevision.requireTranslationLanguage(language)));
    }

    /**
     * What an editor of the profile's translation into a language works with: the English profile to translate from,
     * the translation the public reads now, the change waiting for review and the base to save against.
     */
    public record TranslationEditing(String countryCode, OrganisationProfile english, Optional<ProfileTranslation> live,
                                     Optional<ProfileRevision> open, EditingBase base) {

        /** What the form starts from: the change waiting for review, else the live translation (empty: a first translation). */
        public Optional<ProfileTranslation> current() {
            return open.map(ProfileRevision::getProposedTranslation).or(() -> live);
        }
    }

    /** The profile's translation into a network language other than English, for its own staff to edit. */
    @Transactional(readOnly = true)
    public TranslationEditing translationEditing(Long organisationId, String language) {
        String translated = ProfileRevision.requireTranslationLanguage(language);
        Actor actor = currentActor.require();
        MemberOrganisation organisation = organisations.findWithTranslationsById(organisationId)
                .orElseThrow(() -> new InvalidInputException("organisation", Message.of("workspace.refusal.no-such-organisation")));
        if (!actor.actsFor(organisation)) {
            throw new AccessDeniedException(actor.username() + " may not change the profile of " + organisation + ".");
        }
        Optional<ProfileRevision> open = revisions.findByOpenForOrganisationIdAndLanguage(organisationId, translated);
        return new TranslationEditing(organisation.getCountryCode(), organisation.getProfile().copy(), organisation.translation(translated),
                open, currentBase(organisation, open));
    }

    /** Creates the organisation's open revision, or updates it, and (re)submits it for review. */
    @Transactional
    public ProfileRevision propose(Long organisationId, EditingBase base, OrganisationProfile proposed) {
        return propose(organisationId, NetworkLanguage.ENGLISH.code(), base,
                (organisation, open) -> open.revise(proposed, clock.instant()),
                (organisation, actor) -> new ProfileRevision(organisation, proposed, actor, clock.instant()));
    }

    /**
     * Proposes the profile's translation into a network language other than English (its name, city, descriptions and
     * whom it works with in that language): the language's open change is created or updated and (re)submitted for review,
     * as a change of the profile is; the public reads the approved translation, else the English profile.
     */
    @Transactional
    public ProfileRevision proposeTranslation(Long organisationId, String language, EditingBase base, ProfileTranslation proposed) {
        String translated = ProfileRevision.requireTranslationLanguage(language);
        return propose(organisationId, translated, base, (organisation, open) -> open.revise(proposed, clock.instant()),
                (organisation, actor) -> new ProfileRevision(organisation, translated, proposed, actor, clock.instant()));
    }

    /** The organisation's open change of its translation into the language, for its own staff and the secretariat. */
    @Transactional(readOnly = true)
    public Optional<ProfileRevision> openTranslationRevision(Long organisationId, String language) {
        organisation(organisationId);
        return revisions.findByOpenForOrganisationIdAndLanguage(organisationId, ProfileRevision.requireTranslationLanguage(language));
    }

    private ProfileRevision propose(Long organisationId, String language, EditingBase base, BiConsumer<MemberOrganisation, ProfileRevision> revise,
                                    BiFunction<MemberOrganisation, Actor, ProfileRevision> create) {
        Actor actor = currentActor.require();
        MemberOrganisation organisation = ownOrganisation(actor, organisationId);
        Optional<ProfileRevision> open = revisions.findByOpenForOrganisationIdAndLanguage(organisationId, language);
        if (!currentBase(organisation, open).equals(base)) {
            throw new ObjectOptimisticLockingFailureException(ProfileRevision.class, organisationId);
        }
        ProfileRevision revision;
        if (open.isPresent()) {
            revision = open.get();
            revise.accept(organisation, revision);
            validator.check(revision);
            WorkflowAction resubmit = switch (revision.getStatus()) {
                case CHANGES_REQUESTED -> WorkflowAction.RESUBMIT;
                case DRAFT -> WorkflowAction.SUBMIT;
                default -> null;
            };
            if (resubmit != null) {
                history.record(revision.perform(resubmit, actor, null, clock.instant()), revision.title(), null,
                        revision.getAuthorAccountId());
            }
        } else {
            revision = create.apply(organisation, actor);
            validator.check(revision);
            revision = revisions.save(revision);
            history.record(WorkflowStep.record(ItemType.PROFILE_REVISION, revision.getId(), organisation, actor,
                    WorkflowAction.SUBMIT, null, RevisionStatus.SUBMITTED, null, clock.instant()), revision.title(),
                    null, revision.getAuthorAccountId());
        }
        auditLog.record(actor, revision.isTranslation() ? "profile.propose_translation" : "profile.propose", "organisation",
                organisation.getSlug(), organisationId, "revision " + revision.getId() + (revision.isTranslation() ? " (" + language + ")" : ""));
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
