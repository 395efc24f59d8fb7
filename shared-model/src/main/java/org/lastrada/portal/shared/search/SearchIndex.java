package org.lastrada.portal.shared.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The full-text index of published posts and active organisations. Hibernate Search keeps it current on
 * every change made through JPA (publish, archive, take down, profile approval, suspension); this rebuilds
 * it from the database in the background when the portal starts with an empty index (a new installation,
 * or after the index directory was deleted) or is asked to (PORTAL_SEARCH_REBUILD_ON_START=true, e.g. after
 * a database restore), so starting up is never held up by indexing.
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
    public void rebuildWhenEmpty() {
        long documents;
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            documents = session.search(session.scope(Object.class)).where(f -> f.matchAll()).fetchTotalHitCount();
        } catch (SearchException unreachable) {
            // The portal serves everything else without its search backend (an Elasticsearch cluster may be down).
            log.error("The search index cannot be read; search answers with errors until it can.", unreachable);
            return;
        }
        if (documents > 0 && !rebuildOnStart) {
            log.info("Search index holds {} documents; not rebuilding it.", documents);
            return;
        }
        log.info("Search index {}; rebuilding it from the database in the background.",
                documents == 0 ? "is empty" : "is rebuilt on request (portal.search.rebuild-on-start)");
        long started = System.nanoTime();
        CompletionStage<?> indexing = Search.mapping(entityManagerFactory).scope(Object.class).massIndexer()
                .threadsToLoadObjects(1)
                .batchSizeToLoadObjects(100)
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

    /** True while the index is being rebuilt: results may be incomplete. */
    public boolean isRebuilding() {
        return !rebuild.isDone();
    }

    /** Completes when no rebuild is running. */
    public CompletableFuture<Void> rebuilt() {
        return rebuild;
    }
}
