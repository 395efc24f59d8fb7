package org.lastrada.portal.shared.posts;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.util.Assert;

/**
 * The queries of {@link PublicPostLists}, written with only the conditions a selection needs. Lists show each translation
 * group once, by its original: the condition "translation_of is null" is answered from the lists' indexes, which carry
 * the column (V12), so a list is read as before.
 */
class PublicPostListsImpl implements PublicPostLists {

    /**
     * Newest first. The status is the same on every row, but naming it first lets H2 read the index
     * ix_post_public_lists (status, published_at desc, id desc, ...) in its order instead of sorting every published post.
     */
    private static final String NEWEST_FIRST = " order by p.status, p.publishedAt desc, p.id desc";
    /** The same for one organisation's posts, read from ix_post_member_public_list (organisation_id, status, ...). */
    private static final String ONE_ORGANISATIONS_NEWEST_FIRST = " order by p.organisation.id, p.status, p.publishedAt desc, p.id desc";

    /**
     * Newest first, for a list read from its posts' keys (a rare tag's) and then sorted: the order names no index's
     * leading columns, so the database does not choose to walk a list's index for it.
     */
    private static final String SORTED_NEWEST_FIRST = " order by p.publishedAt desc, p.id desc";

    private static final String WHOLE_NETWORK_INDEX = "ix_post_public_lists";

    /** Each translation group once, by its original; its translations are found through it (see PublicPostTranslations). */
    private static final String ORIGINALS = " and p.translationOf is null";

    /** The tag's posts by their keys, from ix_post_tag_tag (tag, post_id). */
    private static final String FROM_TAG_ROWS = " and p.id in (select t.postId from PostTagRow t where t.tag = :tag)";
    /** Each post met in the list's order looked up in post_tag by its primary key (post_id, tag). */
    private static final String WHILE_WALKING = " and :tag member of p.tagRows";

    private final EntityManager entityManager;

    /**
     * A tag on at most this many posts is listed from its own post_tag rows, its posts looked up by key and sorted
     * (a tag nobody uses costs nothing); a commoner one is met while walking the list's index in order, where a page
     * of it is found after a few entries.
     */
    private final int rareTagPosts;

    PublicPostListsImpl(EntityManager entityManager, @Value("${portal.public-lists.rare-tag-posts:1000}") int rareTagPosts) {
        Assert.isTrue(rareTagPosts >= 0 && rareTagPosts < Integer.MAX_VALUE, "portal.public-lists.rare-tag-posts must be 0 or more");
        this.entityManager = entityManager;
        this.rareTagPosts = rareTagPosts;
    }

    @Override
    public List<Long> findPublicIds(Instant now, PublicPostSelection selection, Pageable pageable) {
        ListRead read = listRead(selection);
        return page(query("select p.id", Long.class, now, selection, ORIGINALS, read.tagCondition(), "", read.order()), pageable)
                .getResultList();
    }

    @Override
    public List<Long> findPublicIdsNextTo(Instant now, PublicPostSelection selection, PostListKey key, boolean older, int size) {
        // Older: "moment <= min(now, key's) and (moment < key's or id < key's)". The moment's one upper bound starts the
        // index range right at the key (given both "<= now" and "<= key's", H2 started at now and walked down to the key;
        // an "or" alone would make it walk the index from its start); the "or" leaves out the key's own post.
        // Newer: "moment >= key's and (moment > key's or id > key's)", read oldest first and turned round.
        Instant upTo = older && key.publishedAt().isBefore(now) ? key.publishedAt() : now;
        String next = older
                ? " and (p.publishedAt < :keyMoment or p.id < :keyId)"
                : " and p.publishedAt >= :keyMoment and (p.publishedAt > :keyMoment or p.id > :keyId)";
        ListRead read = listRead(selection);
        String order = older ? read.order() : read.order().replace("p.publishedAt desc, p.id desc", "p.publishedAt asc, p.id asc");
        TypedQuery<Long> query = query("select p.id", Long.class, upTo, selection, ORIGINALS, read.tagCondition(), next, order);
        if (selection.tag() == null && read.order().equals(NEWEST_FIRST)) {
            // MariaDB reads the whole network's list by its status alone, from the newest post down to the key, unless told
            // to use this index (then it starts the range at the key).
            query.unwrap(org.hibernate.query.Query.class).addQueryHint(WHOLE_NETWORK_INDEX);
        }
        List<Long> ids = query
                .setParameter("keyMoment", key.publishedAt())
                .setParameter("keyId", key.id())
                .setMaxResults(size)
                .getResultList();
        if (!older) {
            ids = new ArrayList<>(ids);
            Collections.reverse(ids);
        }
        return ids;
    }

    @Override
    public List<PublicPostAddress> findPublicAddresses(Instant now, PublicPostSelection selection, Pageable pageable) {
        ListRead read = listRead(selection);
        return page(query("select new " + PublicPostAddress.class.getName() + "(p.slug, p.content.language, p.publishedAt, p.updatedAt)",
                PublicPostAddress.class, now, selection, "", read.tagCondition(), "", read.order()), pageable).getResultList();
    }

    /** Counted from the tag's own rows, however common: each of its posts looked up once instead of the whole list walked. */
    @Override
    public long countPublic(Instant now, PublicPostSelection selection) {
        return query("select count(p)", Long.class, now, selection, ORIGINALS, selection.tag() == null ? "" : FROM_TAG_ROWS, "", "")
                .getSingleResult();
    }

    /** How a list is read: the tag's condition and the order that makes the database read it that way. */
    private record ListRead(String tagCondition, String order) {
    }

    private ListRead listRead(PublicPostSelection selection) {
        if (selection.tag() != null && isRare(selection.tag())) {
            return new ListRead(FROM_TAG_ROWS, SORTED_NEWEST_FIRST);
        }
        String order = selection.organisations() != null && selection.organisations().size() == 1 ? ONE_ORGANISATIONS_NEWEST_FIRST : NEWEST_FIRST;
        return new ListRead(selection.tag() == null ? "" : WHILE_WALKING, order);
    }

    /** Reads at most {@link #rareTagPosts} + 1 entries of the tag's index. */
    private boolean isRare(String tag) {
        return entityManager.createQuery("select t.postId from PostTagRow t where t.tag = :tag", Long.class)
                .setParameter("tag", tag)
                .setMaxResults(rareTagPosts + 1)
                .getResultList()
                .size() <= rareTagPosts;
    }

    private <T> TypedQuery<T> query(String select, Class<T> resultType, Instant now, PublicPostSelection selection,
                                    String groups, String tagCondition, String position, String orderBy) {
        StringBuilder jpql = new StringBuilder(select)
                .append(" from Post p where p.status = :status and p.publishedAt <= :now").append(groups);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("status", PostStatus.PUBLISHED);
        parameters.put("now", now);
        if (selection.organisations() != null) {
            jpql.append(" and p.organisation.id in :organisations");
            parameters.put("organisations", selection.organisations());
        }
        if (!selection.exceptOrganisations().isEmpty()) {
            jpql.append(" and p.organisation.id not in :exceptOrganisations");
            parameters.put("exceptOrganisations", selection.exceptOrganisations());
        }
        if (selection.type() != null) {
            jpql.append(" and p.content.type = :type");
            parameters.put("type", selection.type());
        }
        if (selection.language() != null) {
            jpql.append(" and p.content.language = :language");
            parameters.put("language", selection.language());
        }
        if (selection.tag() != null) {
            jpql.append(tagCondition);
            parameters.put("tag", selection.tag());
        }
        TypedQuery<T> query = entityManager.createQuery(jpql.append(position).append(orderBy).toString(), resultType);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static <T> TypedQuery<T> page(TypedQuery<T> query, Pageable pageable) {
        return query.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
    }
}
