package org.lastrada.portal.shared.posts;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;

/**
 * The public lists of posts (news, member pages, feeds, the API, the sitemap): published, past their moment,
 * newest first. Only the filters a list uses are in its query, so that an unfiltered list is read from the
 * newest-first index alone (with the type and language it carries), however deep the page. A list shows each
 * translation group once, by its original (the language filter is the original's); {@link PublicPostTranslations} shows
 * a page of it in another language.
 */
public interface PublicPostLists {

    /** One page of the ids of the posts the selection shows, newest first. */
    List<Long> findPublicIds(Instant now, PublicPostSelection selection, Pageable pageable);

    /**
     * Up to {@code size} ids of the posts the selection shows next to a post, newest first: those just older than
     * {@code key}, or ({@code older} false) those just newer. Reads only those entries of the list's index, however deep.
     */
    List<Long> findPublicIdsNextTo(Instant now, PublicPostSelection selection, PostListKey key, boolean older, int size);

    /**
     * One page of the slugs of the posts the selection shows, newest first, and of their translations, each of which is a
     * public page of its own (the sitemap lists them all).
     */
    List<PublicPostAddress> findPublicAddresses(Instant now, PublicPostSelection selection, Pageable pageable);

    /** How many posts the selection shows (translation groups, each counted once). */
    long countPublic(Instant now, PublicPostSelection selection);
}
