package org.lastrada.portal.shared.organisations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Organisations of the network by slug, status and kind. */
public interface MemberOrganisationRepository extends JpaRepository<MemberOrganisation, Long> {

    Optional<MemberOrganisation> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<MemberOrganisation> findByStatusOrderByProfileNameAsc(OrganisationStatus status);

    Optional<MemberOrganisation> findFirstByKind(OrganisationKind kind);

    /** What public lists need to know of an active organisation to narrow posts to it. */
    record ActiveKey(Long id, String slug, String countryCode) {
    }

    @Query("""
            select new org.lastrada.portal.shared.organisations.MemberOrganisationRepository$ActiveKey(o.id, o.slug, o.countryCode)
            from MemberOrganisation o where o.status = org.lastrada.portal.shared.organisations.OrganisationStatus.ACTIVE""")
    List<ActiveKey> findActiveKeys();
}
