package org.lastrada.portal.publicsite;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.media.MediaImage;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostWentPublic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Which version of the public content the portal serves, so a revalidation (If-None-Match) is answered without
 * rendering the page, and the catalogue's caches know when to read again: it changes when a post, an organisation or
 * a network page is saved (in the same transaction, so the new number commits with the change; for a post, only when
 * it is published or was until then: an editor's drafts and submissions change nothing the public sees), when an
 * embargoed post's moment comes, and at least every minute, which bounds what a list's short-lived count can leave
 * unseen to the minute public pages may be cached anyway. The number of changes is kept in the database
 * ({@link SharedContentVersion}), so every replica gives the same content the same ETag; a revalidation reads it
 * afresh, so no replica ever answers 304 for content a change committed since (through any replica) has changed (an
 * embargoed post's moment raises it when the announcer finds it, within its minute, as the minute in the ETag does); the
 * catalogue's caches follow the number this replica knows (its own commits at once, the others' within the refresh
 * interval, 2 s).
 */
@Component
class PublicContentVersion implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener, DisposableBean {

    private static final long BUCKET_MILLIS = 60_000;

    private static final Logger log = LoggerFactory.getLogger(PublicContentVersion.class);

    private final SharedContentVersion changes;
    private final Clock clock;
    /** The sessions whose transaction raises the number before it commits (once each, however many changes it holds). */
    private final Set<Object> raisingSessions = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    PublicContentVersion(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, Clock clock,
                         @Value("${portal.public-content.raise-wait:1s}") Duration raiseWait) {
        this.changes = new SharedContentVersion(jdbc, raiseWait);
        this.clock = clock;
        EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_INSERT, this);
        listeners.appendListeners(EventType.POST_UPDATE, this);
        listeners.appendListeners(EventType.POST_DELETE, this);
    }

    /** A version of the public content: the changes of the whole network of replicas, and the minute. */
    record Version(long changes, long minute) {
    }

    /**
     * The version this replica knows: raised at once by its own commits, and reading the others' every refresh
     * interval (or sooner, when a revalidation reads it: {@link #etag}). What the catalogue's caches are keyed by.
     */
    Version current() {
        return new Version(changes.current(), minute());
    }

    private long minute() {
        return clock.millis() / BUCKET_MILLIS;
    }

    /** Reads the changes other replicas committed (see {@link SharedContentVersion}). */
    @Scheduled(fixedDelayString = "${portal.public-content.refresh-interval:2s}", initialDelayString = "${portal.public-content.refresh-interval:2s}")
    void refresh() {
        try {
            changes.refresh();
        } catch (DataAccessException e) {
            log.debug("Could not read the shared public content version: {}", e.getMessage());
        }
    }

    /**
     * The weak ETag of the public response at this request's address (host, path and query): one address's tag never
     * revalidates another's answer (an unknown address is a 404, never a 304).
     * <p>
     * A revalidation (If-None-Match) is answered from the number as the database holds it now, read for it (reads
     * shared by the requests that come together): a change committed through any replica, a moment ago, is never
     * answered 304. Empty when that read fails: the answer is then given in full without an ETag, never a 304 on a
     * guess. A request without If-None-Match is tagged with the number this replica knows, at most the refresh interval
     * old: its page may already show a newer change than the tag names, which costs its next revalidation a full
     * answer and nothing else (a tag never names a number above what the page shows: the number is raised in the
     * change's own transaction and the page is read after the number).
     */
    Optional<String> etag(HttpServletRequest request) {
        long version;
        if (request.getHeader(HttpHeaders.IF_NONE_MATCH) == null) {
            version = changes.current();
        } else {
            OptionalLong fresh = changes.fresh();
            if (fresh.isEmpty()) {
                return Optional.empty();
            }
            version = fresh.getAsLong();
        }
        String address = request.getScheme() + "://" + request.getHeader("Host") + request.getRequestURI() + "?" + request.getQueryString()
                // The home page suggests the language the browser asks for: one answer per suggestion.
                + (HomePage.matches(request) ? "#" + SiteLanguage.suggested(request).map(NetworkLanguage::code).orElse("") : "");
        return Optional.of("W/\"" + Long.toHexString(version) + "-" + Long.toHexString(minute()) + "-"
                + Integer.toHexString(address.hashCode()) + "\"");
    }

    @EventListener(PostWentPublic.class)
    void embargoEnded() {
        raise();
    }

    /**
     * Raises the version in the transaction of a change that may change what the public sees, just before it commits:
     * any save of an organisation, a network page or a library image (its alt text); of a post, only one that is
     * published or was until this change ({@code wasPublished}). The row's lock is held from then to the commit, so
     * changes' commits take turns there, briefly.
     */
    private void changed(Object entity, boolean wasPublished, EventSource session) {
        boolean publicChange = entity instanceof Post post ? wasPublished || post.getStatus() == PostStatus.PUBLISHED
                : entity instanceof MemberOrganisation || entity instanceof NetworkPage || entity instanceof MediaImage;
        if (publicChange && raisingSessions.add(session)) {
            AtomicLong raisedTo = new AtomicLong(-1);
            session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) committing -> committing.doWork(connection -> {
                long raised = raiseWithin(connection);
                // Holding the row's lock, no other change of this replica raises meanwhile: a number not above the one
                // it knows means the database was restored with an older number, which stood for older content here.
                raisedTo.set(raised > changes.current() ? raised : -1);
            }));
            session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) (success, completed) -> {
                raisingSessions.remove(session);
                if (success && raisedTo.get() > 0) {
                    changes.committed(raisedTo.get());
                } else if (success) {
                    // The database had no number, or an older one (restored from a backup): after the commit, put one
                    // above every number this replica used, or its caches keyed by the old number would serve what was.
                    raise();
                }
            });
        }
    }

    /** Raises the number on the change's own connection; returns the new number, or -1 when the table has no row. */
    private static long raiseWithin(Connection connection) throws SQLException {
        try (PreparedStatement raise = connection.prepareStatement("update public_content_version set version = version + 1 where id = 1")) {
            if (raise.executeUpdate() == 0) {
                return -1;
            }
        }
        try (PreparedStatement read = connection.prepareStatement("select version from public_content_version where id = 1");
             ResultSet version = read.executeQuery()) {
            return version.next() ? version.getLong(1) : -1;
        }
    }

    /** Whether the post updated was published before (also when Hibernate updated it without its earlier state). */
    private static boolean wasPublished(PostUpdateEvent event) {
        Object[] before = event.getOldState();
        if (!(event.getEntity() instanceof Post) || before == null) {
            return true;
        }
        String[] properties = event.getPersister().getPropertyNames();
        for (int i = 0; i < properties.length; i++) {
            if (properties[i].equals("status")) {
                return before[i] == PostStatus.PUBLISHED;
            }
        }
        return true;
    }

    private void raise() {
        try {
            changes.raise();
        } catch (IllegalStateException e) {
            log.warn("A public change is committed but the shared content version could not be raised ({}); ETags renew "
                    + "within the minute", e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        }
    }

    @Override
    public void destroy() {
        changes.close();
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getEntity(), false, event.getSession());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getEntity(), wasPublished(event), event.getSession());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getEntity(), false, event.getSession());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
