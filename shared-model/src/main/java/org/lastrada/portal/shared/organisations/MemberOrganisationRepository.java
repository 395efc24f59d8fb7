package org.lastrada.portal.shared.organisations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Organisations of the network by slug, status and kind. */
public interface MemberOrganisationRepository extends JpaRepository<MemberOrganisation, Long> {

    Optional<MemberOrganisation> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<MemberOrganisation> findByStatusOrderByProfileNameAsc(OrganisationStatus status);

    Optional<MemberOrganisation> findFirstByKind(OrganisationKind kind);
}
