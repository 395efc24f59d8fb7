package org.lastrada.portal.shared.profiles;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.workflow.ItemType;
import org.lastrada.portal.shared.workflow.Revision;
import org.lastrada.portal.shared.workflow.RevisionStatus;

/** A proposed change to an organisation's public profile; the live profile changes only when it is approved. */
@Entity
@Table(name = "profile_revision")
public class ProfileRevision extends Revision {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private MemberOrganisation organisation;

    /** Equals organisation_id while the revision is open; a unique key so an organisation has at most one. */
    @Column(name = "open_for_organisation_id", unique = true)
    private Long openForOrganisationId;

    @Valid
    @NotNull
    @Embedded
    private OrganisationProfile proposed;

    protected ProfileRevision() {
    }

    /** A change proposed and submitted for review in one step, as member staff save it. */
    public ProfileRevision(MemberOrganisation organisation, OrganisationProfile proposed, Actor author, Instant now) {
        super(RevisionStatus.SUBMITTED, author, now);
        this.organisation = organisation;
        this.openForOrganisationId = organisation.getId();
        this.proposed = proposed.copy();
    }

    /** Replaces the proposed content while the revision is still open. */
    public void revise(OrganisationProfile proposed, Instant now) {
        touch(now);
        this.proposed = proposed.copy();
    }

    @Override
    public MemberOrganisation owner() {
        return organisation;
    }

    @Override
    protected ItemType itemType() {
        return ItemType.PROFILE_REVISION;
    }

    @Override
    protected void applyApproved(Instant now) {
        organisation.applyProfile(proposed, now);
    }

    @Override
    protected void openChanged(boolean open) {
        openForOrganisationId = open ? organisation.getId() : null;
    }

    public MemberOrganisation getOrganisation() { return organisation; }
    public OrganisationProfile getProposed() { return proposed; }

    @Override
    public String toString() {
        return "Profile change of '" + organisation.getSlug() + "'";
    }

    @Override
    public Message description() {
        return Message.of("workspace.item.profile-change", organisation.getName());
    }
}
