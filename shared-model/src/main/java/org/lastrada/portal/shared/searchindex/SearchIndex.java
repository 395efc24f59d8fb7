package org.lastrada.portal.shared.searchindex;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.posts.PostStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The full-text index of published posts and active organisations. Hibernate Search keeps it current on
 * every change made through JPA (publish, archive, take down, profile approval, suspension); this rebuilds
 * it from the database in the background when the portal starts with an index that does not hold as many
 * documents as the database has published posts and active organisations (a new installation, a deleted index
 * directory, a rebuild cut short by a stop, rows written around JPA) or is asked to (PORTAL_SEARCH_REBUILD_ON_START=true,
 * e.g. after a database restore), so starting up is never held up by indexing.
 */
@Component
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final EntityManagerFactory entityManagerFactory;
    private volatile CompletableFuture<Void> rebuild = CompletableFuture.completedFuture(null);

    private final boolean rebuildOnStart;

    SearchIndex(EntityManagerFactory entityManagerFactory, @Value("${portal.search.rebuild-on-start:false}") boolean rebuildOnStart) {
        this.entityManagerFactory = entityManagerFactory;
        this.rebuildOnStart = rebuildOnStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void rebuildWhenIncomplete() {
        long documents;
        long indexable;
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            documents = session.search(session.scope(Object.class)).where(f -> f.matchAll()).fetchTotalHitCount();
            indexable = count(entityManager, "select count(p) from Post p where p.status = :status", PostStatus.PUBLISHED)
                    + count(entityManager, "select count(o) from MemberOrganisation o where o.status = :status", OrganisationStatus.ACTIVE);
        } catch (SearchException unreachable) {
            // The portal serves everything else without its search backend (an Elasticsearch cluster may be down).
            log.error("The search index cannot be read; search answers with errors until it can.", unreachable);
            return;
        }
        if (documents == indexable && !rebuildOnStart) {
            log.info("Search index holds {} documents, as many as the database has to index; not rebuilding it.", documents);
            return;
        }
        log.info("Search index {}; rebuilding it from the database in the background.",
                rebuildOnStart ? "is rebuilt on request (portal.search.rebuild-on-start)"
                        : "holds " + documents + " documents but the database has " + indexable + " to index");
        long started = System.nanoTime();
        CompletionStage<?> indexing = Search.mapping(entityManagerFactory).scope(Object.class).massIndexer()
                .threadsToLoadObjects(1)
                .batchSizeToLoadObjects(100)
                // One segment at the end: a search then reads one set of files instead of the dozen a rebuild leaves.
                .mergeSegmentsOnFinish(true)
                .start();
        rebuild = indexing.toCompletableFuture().handle((done, failure) -> {
            if (failure != null) {
                log.error("Rebuilding the search index failed; search results stay incomplete until the next start.", failure);
            } else {
                log.info("Search index rebuilt in {} ms.", (System.nanoTime() - started) / 1_000_000);
            }
            return null;
        });
    }

    private static long count(EntityManager entityManager, String jpql, Object status) {
        return entityManager.createQuery(jpql, Long.class).setParameter("status", status).getSingleResult();
    }

    /** True while the index is being rebuilt: results may be incomplete. */
    public boolean isRebuilding() {
        return !rebuild.isDone();
    }

    /** Completes when no rebuild is running. */
    public CompletableFuture<Void> rebuilt() {
        return rebuild;
    }
}
