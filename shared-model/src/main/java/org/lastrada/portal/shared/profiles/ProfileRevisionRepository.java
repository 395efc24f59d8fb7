package org.lastrada.portal.shared.profiles;

import java.util.List;
import java.util.Optional;
import org.lastrada.portal.shared.workflow.RevisionStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** Profile revisions: the open one of an organisation, and those waiting for review. */
public interface ProfileRevisionRepository extends JpaRepository<ProfileRevision, Long> {

    Optional<ProfileRevision> findByOpenForOrganisationId(Long organisationId);

    List<ProfileRevision> findByStatusOrderBySubmittedAtAsc(RevisionStatus status);
}
