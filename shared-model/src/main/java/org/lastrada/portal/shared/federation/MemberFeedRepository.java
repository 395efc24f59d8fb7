package org.lastrada.portal.shared.federation;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MemberFeedRepository extends JpaRepository<MemberFeed, Long> {

    @Query("select f from MemberFeed f join fetch f.organisation where f.organisation.id = :organisationId order by f.createdAt, f.id")
    List<MemberFeed> findByOrganisation(@Param("organisationId") Long organisationId);

    @Query("select f from MemberFeed f join fetch f.organisation o order by o.profile.name, f.createdAt, f.id")
    List<MemberFeed> findAllWithOrganisation();

    boolean existsByOrganisationIdAndUrl(Long organisationId, String url);

    long countByOrganisationId(Long organisationId);

    @Query("select f.id from MemberFeed f where f.paused = false and f.nextFetchAt <= :now and (f.claimedUntil is null or f.claimedUntil < :now)"
            + " and f.organisation.status = org.lastrada.portal.shared.organisations.OrganisationStatus.ACTIVE order by f.nextFetchAt")
    List<Long> findDue(@Param("now") Instant now, Pageable pageable);

    /**
     * Claims a due feed for one fetch: holds it until the end of the lease, if no other replica holds it. Returns 1 when
     * this caller has it; a replica that dies while fetching leaves it to be fetched again after the lease.
     */
    @Modifying(clearAutomatically = true)
    @Query("update MemberFeed f set f.claimedUntil = :leaseUntil, f.version = f.version + 1 where f.id = :id and f.paused = false"
            + " and f.nextFetchAt <= :now and (f.claimedUntil is null or f.claimedUntil < :now)")
    int claim(@Param("id") Long id, @Param("now") Instant now, @Param("leaseUntil") Instant leaseUntil);
}
