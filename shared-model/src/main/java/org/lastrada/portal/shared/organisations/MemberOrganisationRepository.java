package org.lastrada.portal.shared.organisations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Organisations of the network by slug, status and kind. */
public interface MemberOrganisationRepository extends JpaRepository<MemberOrganisation, Long> {

    Optional<MemberOrganisation> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<MemberOrganisation> findByStatusOrderByProfileNameAsc(OrganisationStatus status);

    /**
     * The organisations in a state by name, with their approved profile translations loaded (one query), so that
     * {@link MemberOrganisation#profileIn} can be asked outside the transaction (the public site's snapshot).
     */
    @EntityGraph(attributePaths = "translations")
    List<MemberOrganisation> findWithTranslationsByStatusOrderByProfileNameAsc(OrganisationStatus status);

    /** One organisation with its approved profile translations loaded. */
    @EntityGraph(attributePaths = "translations")
    Optional<MemberOrganisation> findWithTranslationsBySlug(String slug);

    @EntityGraph(attributePaths = "translations")
    Optional<MemberOrganisation> findWithTranslationsById(Long id);

    Optional<MemberOrganisation> findFirstByKind(OrganisationKind kind);

    /** What public lists need to know of an organisation to narrow posts to it, or to leave its posts out. */
    record ListKey(Long id, String slug, String countryCode, OrganisationStatus status) {
        public boolean active() {
            return status == OrganisationStatus.ACTIVE;
        }
    }

    @Query("""
            select new org.lastrada.portal.shared.organisations.MemberOrganisationRepository$ListKey(o.id, o.slug, o.countryCode, o.status)
            from MemberOrganisation o""")
    List<ListKey> findListKeys();
}
