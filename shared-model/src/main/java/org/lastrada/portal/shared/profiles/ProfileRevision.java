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
import java.util.Locale;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.ProfileTranslation;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.ItemType;
import org.lastrada.portal.shared.workflow.Revision;
import org.lastrada.portal.shared.workflow.RevisionStatus;

/**
 * A proposed change to an organisation's public profile, or to its translation into one language; the live profile (or
 * translation) changes only when it is approved.
 */
@Entity
@Table(name = "profile_revision")
public class ProfileRevision extends Revision {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private MemberOrganisation organisation;

    /** Equals organisation_id while the revision is open: unique with the language, so an organisation has at most one per language. */
    @Column(name = "open_for_organisation_id")
    private Long openForOrganisationId;

    /**
     * What it changes: "en", the profile itself, or the profile's translation into this network language. A translation's
     * change proposes the translated descriptive fields (see {@link ProfileTranslation}) in {@link #getProposed()}; its
     * other fields are the profile's at the time, and applying it leaves them alone.
     */
    @Column(name = "language", nullable = false, length = 2)
    private String language = NetworkLanguage.ENGLISH.code();

    @Valid
    @NotNull
    @Embedded
    private OrganisationProfile proposed;

    protected ProfileRevision() {
    }

    /** A change of the profile's translation into a network language other than English, proposed and submitted in one step. */
    public ProfileRevision(MemberOrganisation organisation, String language, ProfileTranslation proposed, Actor author, Instant now) {
        this(organisation, proposed.over(organisation.getProfile()), author, now);
        this.language = requireTranslationLanguage(language);
        this.proposed = proposedTranslation(proposed);
    }

    /** The network languages other than English a profile is translated into; anything else is refused on the language field. */
    public static String requireTranslationLanguage(String language) {
        return NetworkLanguage.fromCode(language).filter(l -> !l.isEnglish() && l.code().equals(language))
                .map(NetworkLanguage::code)
                .orElseThrow(() -> new InvalidInputException("language",
                        Message.of("workspace.refusal.profile-translation-language", language)));
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

    /** Replaces the proposed translation while the revision is still open. */
    public void revise(ProfileTranslation proposed, Instant now) {
        if (!isTranslation()) {
            throw new IllegalStateException(this + " changes the profile itself, not a translation");
        }
        touch(now);
        this.proposed = proposedTranslation(proposed);
    }

    /** The translated fields over the live profile as it is now: the other fields are never this change's to make. */
    private OrganisationProfile proposedTranslation(ProfileTranslation translation) {
        OrganisationProfile translated = translation.over(organisation.getProfile());
        // A description left empty stays empty in the translation (the public then reads the English one).
        translated.setShortDescription(translation.getShortDescription());
        translated.setLongDescription(translation.getLongDescription());
        translated.setTargetGroups(translation.getTargetGroups());
        return translated;
    }

    public boolean isTranslation() {
        return !NetworkLanguage.ENGLISH.code().equals(language);
    }

    /** The proposed translation, for a change of a translation. */
    public ProfileTranslation getProposedTranslation() {
        return ProfileTranslation.of(proposed);
    }

    /**
     * What the public reads now in the change's language, for comparing: the live profile, or for a translation the
     * profile as a visitor reading that language sees it (the current translation, else the English text). Reads the
     * organisation's translations.
     */
    public OrganisationProfile liveVersion() {
        return isTranslation() ? organisation.profileIn(language).profile() : organisation.getProfile();
    }

    /**
     * What the public would read in the change's language once it is approved, for comparing with {@link #liveVersion()}:
     * for a translation, its fields over the live profile as it is now (a description it leaves empty is the English one).
     */
    public OrganisationProfile proposedVersion() {
        return isTranslation() ? getProposedTranslation().over(organisation.getProfile()) : proposed;
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
        if (isTranslation()) {
            organisation.applyTranslation(language, getProposedTranslation(), now);
        } else {
            organisation.applyProfile(proposed, now);
        }
    }

    @Override
    protected void openChanged(boolean open) {
        openForOrganisationId = open ? organisation.getId() : null;
    }

    public MemberOrganisation getOrganisation() { return organisation; }
    public OrganisationProfile getProposed() { return proposed; }
    public String getLanguage() { return language; }

    @Override
    public String toString() {
        return "Profile change of '" + organisation.getSlug() + "'" + (isTranslation() ? " (" + language + ")" : "");
    }

    @Override
    public Message description() {
        return isTranslation() ? Message.of("workspace.item.profile-translation-change", organisation.getName(), Message.of("language." + language))
                : Message.of("workspace.item.profile-change", organisation.getName());
    }

    /** How the moderation history and the mails name it: "Profile of X", "Polish profile of X". */
    public String title() {
        return isTranslation() ? capitalised(languageName()) + " profile of " + organisation.getName() : "Profile of " + organisation.getName();
    }

    private String languageName() {
        return NetworkLanguage.fromCode(language).orElseThrow().locale().getDisplayLanguage(Locale.ENGLISH);
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
