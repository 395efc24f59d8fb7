package org.lastrada.portal.shared.posts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Posts by slug and by organisation. */
public interface PostRepository extends JpaRepository<Post, Long> {

    Optional<Post> findBySlug(String slug);

    boolean existsBySlug(String slug);

    Page<Post> findByOrganisationId(Long organisationId, Pageable pageable);

    long countByOrganisationId(Long organisationId);

    /** One organisation's posts, optionally of one state and type (a null filter matches all). */
    @Query(value = """
            select new org.lastrada.portal.shared.posts.PostRow(p.id, p.organisation.id, p.content.title, p.content.type, p.status,
                   p.content.language, p.updatedAt, p.publishAt)
            from Post p where p.organisation.id = :organisationId
            and (:status is null or p.status = :status) and (:type is null or p.content.type = :type)""",
            countQuery = """
            select count(p) from Post p where p.organisation.id = :organisationId
            and (:status is null or p.status = :status) and (:type is null or p.content.type = :type)""")
    Page<PostRow> findForOrganisation(@Param("organisationId") Long organisationId, @Param("status") PostStatus status,
                                   @Param("type") PostType type, Pageable pageable);

    /**
     * One page of what the public may see, as ids: published, past its moment, of one of the given organisations
     * (a member, a country); newest first, optionally narrowed (a null filter matches all; tags are stored as
     * sorted comma-separated lists).
     */
    @Query("""
            select p.id from Post p
            where p.status = org.lastrada.portal.shared.posts.PostStatus.PUBLISHED and p.publishedAt <= :now
              and p.organisation.id in :organisations
              and (:type is null or p.content.type = :type) and (:language is null or p.content.language = :language)
              and (:tag is null or concat(',', p.content.tags, ',') like concat('%,', :tag, ',%'))
            order by p.publishedAt desc, p.id desc""")
    List<Long> findPublicIdsOf(@Param("now") Instant now, @Param("organisations") Collection<Long> organisations,
                               @Param("type") PostType type, @Param("language") String language, @Param("tag") String tag,
                               Pageable pageable);

    /**
     * The same for the whole network: every organisation but the given inactive ones (pass -1 for none).
     * Excluding lets the database read the public-list index newest first; naming fifty included organisations
     * made it fetch and sort all their posts (seconds on the large data set).
     */
    @Query("""
            select p.id from Post p
            where p.status = org.lastrada.portal.shared.posts.PostStatus.PUBLISHED and p.publishedAt <= :now
              and p.organisation.id not in :excluded
              and (:type is null or p.content.type = :type) and (:language is null or p.content.language = :language)
              and (:tag is null or concat(',', p.content.tags, ',') like concat('%,', :tag, ',%'))
            order by p.publishedAt desc, p.id desc""")
    List<Long> findPublicIdsExcept(@Param("now") Instant now, @Param("excluded") Collection<Long> excluded,
                                   @Param("type") PostType type, @Param("language") String language, @Param("tag") String tag,
                                   Pageable pageable);

    /** The slugs of the newest public posts of the network (the sitemap lists them). */
    @Query("""
            select p.slug from Post p
            where p.status = org.lastrada.portal.shared.posts.PostStatus.PUBLISHED and p.publishedAt <= :now
              and p.organisation.id not in :excluded
            order by p.publishedAt desc, p.id desc""")
    List<String> findPublicSlugsExcept(@Param("now") Instant now, @Param("excluded") Collection<Long> excluded, Pageable pageable);

    /** How many posts {@link #findPublicIdsOf} pages through. */
    @Query("""
            select count(p) from Post p
            where p.status = org.lastrada.portal.shared.posts.PostStatus.PUBLISHED and p.publishedAt <= :now
              and p.organisation.id in :organisations
              and (:type is null or p.content.type = :type) and (:language is null or p.content.language = :language)
              and (:tag is null or concat(',', p.content.tags, ',') like concat('%,', :tag, ',%'))""")
    long countPublicOf(@Param("now") Instant now, @Param("organisations") Collection<Long> organisations,
                       @Param("type") PostType type, @Param("language") String language, @Param("tag") String tag);

    /** How many posts {@link #findPublicIdsExcept} pages through. */
    @Query("""
            select count(p) from Post p
            where p.status = org.lastrada.portal.shared.posts.PostStatus.PUBLISHED and p.publishedAt <= :now
              and p.organisation.id not in :excluded
              and (:type is null or p.content.type = :type) and (:language is null or p.content.language = :language)
              and (:tag is null or concat(',', p.content.tags, ',') like concat('%,', :tag, ',%'))""")
    long countPublicExcept(@Param("now") Instant now, @Param("excluded") Collection<Long> excluded,
                           @Param("type") PostType type, @Param("language") String language, @Param("tag") String tag);

    /** The given posts with their organisations, in no particular order. */
    @Query("select p from Post p join fetch p.organisation where p.id in :ids")
    List<Post> findWithOrganisationByIdIn(@Param("ids") Collection<Long> ids);

    /** One post, only if the public may see it. */
    @Query("""
            select p from Post p join fetch p.organisation o
            where p.slug = :slug and p.status = org.lastrada.portal.shared.posts.PostStatus.PUBLISHED and p.publishedAt <= :now
              and o.status = org.lastrada.portal.shared.organisations.OrganisationStatus.ACTIVE""")
    Optional<Post> findPublicBySlug(@Param("slug") String slug, @Param("now") Instant now);

    /** Those of the given posts the public may see, in no particular order (search hits are loaded this way). */
    @Query("""
            select p from Post p join fetch p.organisation o
            where p.id in :ids and p.status = org.lastrada.portal.shared.posts.PostStatus.PUBLISHED and p.publishedAt <= :now
              and o.status = org.lastrada.portal.shared.organisations.OrganisationStatus.ACTIVE""")
    List<Post> findPublicByIdIn(@Param("ids") Collection<Long> ids, @Param("now") Instant now);

    /** Published posts whose moment has come but that were not announced yet, oldest first. */
    @Query("""
            select p from Post p where p.status = org.lastrada.portal.shared.posts.PostStatus.PUBLISHED
            and p.announcedAt is null and p.publishedAt <= :now order by p.publishedAt asc""")
    List<Post> findDueForAnnouncement(@Param("now") Instant now, Pageable pageable);

    /** Marks posts as announced without touching their version: the job must not make an editor's save conflict. */
    @Modifying
    @Query("update Post p set p.announcedAt = :now where p.id in :ids")
    int markAnnounced(@Param("ids") List<Long> ids, @Param("now") Instant now);

    /** Posts in one state, longest waiting first, with their organisation in the same query. */
    @EntityGraph(attributePaths = "organisation")
    @Query("select p from Post p where p.status = :status order by p.submittedAt asc, p.id asc")
    Page<Post> findQueue(@Param("status") PostStatus status, Pageable pageable);
}
