package org.lastrada.portal.shared.posts;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.LockOptions;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

/**
 * Posts by slug and by organisation, and translation groups; the public lists are in {@link PublicPostLists}, the public
 * side of translations in {@link PublicPostTranslations}.
 */
public interface PostRepository extends JpaRepository<Post, Long>, PublicPostLists, PublicPostTranslations {

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

    /** An organisation and a language it has public posts in. */
    record OrganisationLanguage(Long organisationId, String language) {
    }

    /**
     * The languages each organisation's public posts are written in, for the news list's language filter: the
     * originals' languages, as the lists show each translation group by its original. Every column it needs is in the
     * public lists' index (no join, no row read), so the database reads that index alone: on H2 with 100,000 posts,
     * reading the rows' bodies took seconds. The caller keeps the active organisations' languages.
     */
    @Query("""
            select distinct new org.lastrada.portal.shared.posts.PostRepository$OrganisationLanguage(p.organisation.id, p.content.language)
            from Post p
            where p.status = org.lastrada.portal.shared.posts.PostStatus.PUBLISHED and p.publishedAt <= :now
              and p.translationOf is null""")
    List<OrganisationLanguage> findPublicLanguages(Instant now);

    /** The stamps of the given posts, in no particular order. */
    @Query("""
            select new org.lastrada.portal.shared.posts.PostStamp(p.id, p.version, p.publishedAt, o.profile.name)
            from Post p join p.organisation o where p.id in :ids""")
    List<PostStamp> findStampsByIdIn(@Param("ids") Collection<Long> ids);

    /**
     * Published events (originals: a translation shares its original's times) of active organisations, starting from
     * {@code earliestStart} and ending (or, without an end, starting) from {@code from}, both in each event's local
     * time, soonest first; of one organisation, country or kind of event when given. The caller refines by each event's zone and
     * leaves out those whose publication moment has not come ({@link PublicEventTimes#isPublicAt}): with that condition
     * here, H2 reads every published event through another index.
     */
    @Query("""
            select new org.lastrada.portal.shared.posts.PublicEventTimes(p.id, p.content.eventStart, p.content.eventEnd,
                   p.content.eventLocation, p.content.eventOnlineUrl, p.content.eventKind, p.content.eventTimeZone,
                   o.countryCode, p.publishedAt)
            from Post p join p.organisation o
            where p.content.type = org.lastrada.portal.shared.posts.PostType.EVENT
              and p.content.eventStart >= :earliestStart and coalesce(p.content.eventEnd, p.content.eventStart) >= :from
              and p.status = org.lastrada.portal.shared.posts.PostStatus.PUBLISHED
              and o.status = org.lastrada.portal.shared.organisations.OrganisationStatus.ACTIVE and p.translationOf is null
              and (:organisation is null or o.slug = :organisation) and (:country is null or o.countryCode = :country)
              and (:kind is null or p.content.eventKind = :kind)
            order by p.content.eventStart asc, p.id asc""")
    List<PublicEventTimes> findPublicEventsFrom(@Param("earliestStart") LocalDateTime earliestStart,
                                                @Param("from") LocalDateTime from, @Param("organisation") String organisation,
                                                @Param("country") String country, @Param("kind") EventKind kind,
                                                Pageable page);

    /**
     * Published events (originals) of active organisations ending (or, without an end, starting) before {@code before},
     * in each event's local time, latest start first; of one organisation, country or kind of event when given. The caller refines by
     * each event's zone and publication moment, as for {@link #findPublicEventsFrom}.
     */
    @Query("""
            select new org.lastrada.portal.shared.posts.PublicEventTimes(p.id, p.content.eventStart, p.content.eventEnd,
                   p.content.eventLocation, p.content.eventOnlineUrl, p.content.eventKind, p.content.eventTimeZone,
                   o.countryCode, p.publishedAt)
            from Post p join p.organisation o
            where p.content.type = org.lastrada.portal.shared.posts.PostType.EVENT
              and p.content.eventStart < :before and coalesce(p.content.eventEnd, p.content.eventStart) < :before
              and p.status = org.lastrada.portal.shared.posts.PostStatus.PUBLISHED
              and o.status = org.lastrada.portal.shared.organisations.OrganisationStatus.ACTIVE and p.translationOf is null
              and (:organisation is null or o.slug = :organisation) and (:country is null or o.countryCode = :country)
              and (:kind is null or p.content.eventKind = :kind)
            order by p.content.eventStart desc, p.id desc""")
    List<PublicEventTimes> findPublicEventsBefore(@Param("before") LocalDateTime before,
                                                  @Param("organisation") String organisation, @Param("country") String country,
                                                  @Param("kind") EventKind kind, Pageable page);

    /**
     * The public publications with a PDF (originals and translations: each is a document of its own), newest first, of
     * one organisation, language, tag and publication period when given (from: inclusive, until: exclusive).
     */
    @Query("""
            select new org.lastrada.portal.shared.posts.PublicationCard(p.id, p.slug, p.content.title, p.content.summary,
                   p.content.language, p.publishedAt, o.profile.name, o.slug, p.content.attachment, p.content.featuredImage)
            from Post p join p.organisation o
            where p.status = org.lastrada.portal.shared.posts.PostStatus.PUBLISHED
              and p.content.type = org.lastrada.portal.shared.posts.PostType.PUBLICATION
              and p.publishedAt <= :now and p.publishedAt >= :from and p.publishedAt < :until
              and p.content.attachment is not null
              and o.status = org.lastrada.portal.shared.organisations.OrganisationStatus.ACTIVE
              and (:organisation is null or o.slug = :organisation) and (:language is null or p.content.language = :language)
              and (:tag is null or p.id in (select t.postId from PostTagRow t where t.tag = :tag))
            order by p.publishedAt desc, p.id desc""")
    List<PublicationCard> findPublicPublications(@Param("now") Instant now, @Param("from") Instant from, @Param("until") Instant until,
                                                 @Param("organisation") String organisation, @Param("language") String language,
                                                 @Param("tag") String tag, Pageable page);

    /** When the first public publication with a PDF was published: the library's years run from its year. */
    @Query("""
            select min(p.publishedAt) from Post p
            where p.status = org.lastrada.portal.shared.posts.PostStatus.PUBLISHED
              and p.content.type = org.lastrada.portal.shared.posts.PostType.PUBLICATION
              and p.publishedAt <= :now and p.content.attachment is not null""")
    Optional<Instant> findFirstPublicationMoment(@Param("now") Instant now);

    /** The given posts as list cards, in no particular order. */
    @Query("""
            select new org.lastrada.portal.shared.posts.PublicPostCard(p.id, p.slug, p.content.type, p.content.title,
                   p.content.summary, p.content.language, p.content.tags, p.publishedAt, o.profile.name, o.slug,
                   p.content.featuredImage)
            from Post p join p.organisation o where p.id in :ids""")
    List<PublicPostCard> findCardsByIdIn(@Param("ids") Collection<Long> ids);

    /** One post, only if the public may see it. */
    @Query("""
            select p from Post p join fetch p.organisation o
            where p.slug = :slug and p.status = org.lastrada.portal.shared.posts.PostStatus.PUBLISHED and p.publishedAt <= :now
              and o.status = org.lastrada.portal.shared.organisations.OrganisationStatus.ACTIVE""")
    Optional<Post> findPublicBySlug(@Param("slug") String slug, @Param("now") Instant now);

    /**
     * Those of the given posts the public may see, as search results show them, in no particular order: the body's
     * first {@link PostContent#OPENING_LENGTH} + 1 characters only, cut into its opening.
     */
    @Query("""
            select new org.lastrada.portal.shared.posts.PublicPostExcerpt(p.id, p.slug, p.content.type, p.content.title,
                   p.content.summary, substring(p.content.body, 1, 801), p.content.language, p.publishedAt, o.profile.name)
            from Post p join p.organisation o
            where p.id in :ids and p.status = org.lastrada.portal.shared.posts.PostStatus.PUBLISHED and p.publishedAt <= :now
              and o.status = org.lastrada.portal.shared.organisations.OrganisationStatus.ACTIVE""")
    List<PublicPostExcerpt> findPublicExcerptsByIdIn(@Param("ids") Collection<Long> ids, @Param("now") Instant now);

    /** Those of the given posts the public may see, in no particular order (the feeds' entries are loaded this way). */
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

    /**
     * The post, locked for this transaction, if it still waits to be announced and no other transaction holds it: with
     * several replicas, the one whose job claims a post announces it and the others pass over it (as the outbox's
     * claim: {@code for update skip locked} on MySQL 8 and MariaDB 10.6+, a plain {@code for update} elsewhere).
     * The lock does not change the post's version.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = AvailableSettings.JAKARTA_LOCK_TIMEOUT, value = "" + LockOptions.SKIP_LOCKED))
    @Query("select p from Post p where p.id = :id and p.announcedAt is null")
    Optional<Post> claimForAnnouncement(@Param("id") Long id);

    /** Marks posts as announced without touching their version: the job must not make an editor's save conflict. */
    @Modifying
    @Query("update Post p set p.announcedAt = :now where p.id in :ids")
    int markAnnounced(@Param("ids") List<Long> ids, @Param("now") Instant now);

    /** The translations of an original in any state, by language (the workspace's view of a group). */
    @Query("""
            select new org.lastrada.portal.shared.posts.TranslationGroupMember(p.id, p.slug, p.content.language, p.content.title,
                   p.status, false)
            from Post p where p.translationOf.id = :originalId order by p.content.language, p.id""")
    List<TranslationGroupMember> findTranslationsOf(@Param("originalId") Long originalId);

    /**
     * The translation group a post belongs to, in any state: its original first, then the translations by language.
     * Reads the original if it is not loaded yet; within a transaction.
     */
    default List<TranslationGroupMember> findTranslationGroup(Post member) {
        List<TranslationGroupMember> group = new ArrayList<>();
        group.add(TranslationGroupMember.of(member.original()));
        group.addAll(findTranslationsOf(member.getOriginalId()));
        return group;
    }

    /** Posts in one state, longest waiting first, with their organisation in the same query. */
    @EntityGraph(attributePaths = "organisation")
    @Query("select p from Post p where p.status = :status order by p.submittedAt asc, p.id asc")
    Page<Post> findQueue(@Param("status") PostStatus status, Pageable pageable);

    /** Whether a public post (published, past its moment, of an active organisation) uses the image: post_image's index. */
    @Query("""
            select count(p) > 0 from Post p join p.imageRows k
            where k = :key and p.status = org.lastrada.portal.shared.posts.PostStatus.PUBLISHED and p.publishedAt <= :now
              and p.organisation.status = org.lastrada.portal.shared.organisations.OrganisationStatus.ACTIVE""")
    boolean isImagePublic(@Param("key") String key, @Param("now") Instant now);

    /** The posts whose own content (in any state) uses the image, newest first. */
    @Query("select p from Post p join p.imageRows k where k = :key order by p.updatedAt desc")
    List<Post> findUsingImage(@Param("key") String key);
}
