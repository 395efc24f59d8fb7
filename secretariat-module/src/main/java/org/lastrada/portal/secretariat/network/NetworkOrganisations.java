package org.lastrada.portal.secretariat.network;

import java.time.Clock;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.NewOrganisation;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.organisations.OrganisationSuspended;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.validation.EntityValidator;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds organisations to the network and changes their status; secretariat administrators only. */
@Service
public class NetworkOrganisations {

    private final MemberOrganisationRepository organisations;
    private final ApplicationEventPublisher events;
    private final EntityValidator validator;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Clock clock;

    NetworkOrganisations(MemberOrganisationRepository organisations, EntityValidator validator,
                               CurrentActor currentActor, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.events = events;
        this.validator = validator;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public MemberOrganisation register(NewOrganisation request) {
        Actor actor = requireAdmin();
        MemberOrganisation organisation = new MemberOrganisation(request.slug(), request.kind(), request.countryCode(),
                request.profile() == null ? null : request.profile().copy(), clock.instant());
        validator.check(organisation);
        if (organisations.existsBySlug(request.slug())) {
            throw new InvalidInputException("slug", Message.of("workspace.refusal.organisation.slug-taken", request.slug()));
        }
        MemberOrganisation saved = organisations.save(organisation);
        auditLog.record(actor, "organisation.create", "organisation", saved.getSlug(), saved.getId(), saved.getName());
        return saved;
    }

    /** Administrators correct an organisation directly (they are the reviewers): country, name, city, short description. */
    @Transactional
    public MemberOrganisation edit(Long organisationId, String countryCode, String name, String city, String shortDescription) {
        Actor actor = requireAdmin();
        MemberOrganisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new InvalidInputException("organisation", Message.of("workspace.refusal.no-such-organisation")));
        String before = organisation.getName() + ", " + organisation.getProfile().getCity() + ", " + organisation.getCountryCode();
        OrganisationProfile profile = organisation.getProfile().copy();
        profile.setName(name);
        profile.setCity(city);
        profile.setShortDescription(shortDescription);
        organisation.correct(countryCode, profile, clock.instant());
        validator.check(organisation);
        auditLog.record(actor, "organisation.edit", "organisation", organisation.getSlug(), organisation.getId(),
                before + " -> " + name + ", " + city + ", " + countryCode);
        return organisation;
    }

    @Transactional
    public MemberOrganisation changeStatus(Long organisationId, OrganisationStatus status) {
        Actor actor = requireAdmin();
        MemberOrganisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new InvalidInputException("organisation", Message.of("workspace.refusal.no-such-organisation")));
        OrganisationStatus before = organisation.getStatus();
        organisation.changeStatus(status, clock.instant());
        auditLog.record(actor, "organisation.status", "organisation", organisation.getSlug(), organisation.getId(),
                before + " -> " + status);
        if (status == OrganisationStatus.SUSPENDED) {
            events.publishEvent(new OrganisationSuspended(organisationId));
        }
        return organisation;
    }

    private Actor requireAdmin() {
        Actor actor = currentActor.require();
        if (!actor.isAdmin()) {
            throw new AccessDeniedException(actor.username() + " may not manage organisations.");
        }
        return actor;
    }
}
