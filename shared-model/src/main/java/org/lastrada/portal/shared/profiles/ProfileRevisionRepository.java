package org.lastrada.portal.shared.profiles;

import java.util.List;
import java.util.Optional;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.workflow.RevisionStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** Profile revisions: the open one of an organisation (per language), and those waiting for review. */
public interface ProfileRevisionRepository extends JpaRepository<ProfileRevision, Long> {

    /** The organisation's open change of its profile itself (not of a translation). */
    default Optional<ProfileRevision> findByOpenForOrganisationId(Long organisationId) {
        return findByOpenForOrganisationIdAndLanguage(organisationId, NetworkLanguage.ENGLISH.code());
    }

    /** The organisation's open change in a language: "en" for the profile itself, else of its translation. */
    Optional<ProfileRevision> findByOpenForOrganisationIdAndLanguage(Long organisationId, String language);

    List<ProfileRevision> findByStatusOrderBySubmittedAtAsc(RevisionStatus status);
}
