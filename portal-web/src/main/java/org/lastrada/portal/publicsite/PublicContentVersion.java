package org.lastrada.portal.publicsite;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Which version of the public content the portal serves, so a revalidation (If-None-Match) is answered without
 * rendering the page, and the catalogue's caches know when to read again: it changes when a post, an organisation or
 * a network page is saved (after the commit; for a post, only when it is published or was until then: an editor's
 * drafts and submissions change nothing the public sees), when an embargoed post's moment comes, and at least every
 * minute, which
 * bounds what a list's short-lived count can leave unseen to the minute public pages may be cached anyway. The number
 * of changes is shared by every replica through the database ({@link SharedContentVersion}): a change committed
 * through one replica changes the others' ETags within the refresh interval, and two replicas give the same content
 * the same ETag. Should raising the shared number fail (the database gone just after a commit), the minute still
 * renews every ETag.
 */
@Component
class PublicContentVersion implements PostCommitInsertEventListener, PostCommitUpdateEventListener, PostCommitDeleteEventListener,
        DisposableBean {

    private static final long BUCKET_MILLIS = 60_000;

    private static final Logger log = LoggerFactory.getLogger(PublicContentVersion.class);

    private final SharedContentVersion changes;
    private final Clock clock;

    PublicContentVersion(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, Clock clock,
                         @Value("${portal.public-content.raise-wait:1s}") Duration raiseWait) {
        this.changes = new SharedContentVersion(jdbc, raiseWait);
        this.clock = clock;
        EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_COMMIT_INSERT, this);
        listeners.appendListeners(EventType.POST_COMMIT_UPDATE, this);
        listeners.appendListeners(EventType.POST_COMMIT_DELETE, this);
    }

    /** A version of the public content: the changes of the whole network of replicas, and the minute. */
    record Version(long changes, long minute) {
    }

    Version current() {
        return new Version(changes.current(), clock.millis() / BUCKET_MILLIS);
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
     * The weak ETag of the public response at this request's address (host, path and query) at this version: one
     * address's tag never revalidates another's answer (an unknown address is a 404, never a 304).
     */
    String etag(HttpServletRequest request) {
        Version version = current();
        String address = request.getScheme() + "://" + request.getHeader("Host") + request.getRequestURI() + "?" + request.getQueryString()
                // The home page suggests the language the browser asks for: one answer per suggestion.
                + (HomePage.matches(request) ? "#" + SiteLanguage.suggested(request).map(NetworkLanguage::code).orElse("") : "");
        return "W/\"" + Long.toHexString(version.changes()) + "-" + Long.toHexString(version.minute()) + "-"
                + Integer.toHexString(address.hashCode()) + "\"";
    }

    @EventListener(PostWentPublic.class)
    void embargoEnded() {
        raise();
    }

    /**
     * Raises the version after a commit that may change what the public sees: any save of an organisation, a network
     * page or a library image (its alt text); of a post, only one that is published or was until this change ({@code wasPublished}).
     */
    private void changed(Object entity, boolean wasPublished) {
        boolean publicChange = entity instanceof Post post ? wasPublished || post.getStatus() == PostStatus.PUBLISHED
                : entity instanceof MemberOrganisation || entity instanceof NetworkPage || entity instanceof MediaImage;
        if (publicChange) {
            raise();
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
        changed(event.getEntity(), false);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getEntity(), wasPublished(event));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getEntity(), false);
    }

    @Override
    public void onPostInsertCommitFailed(PostInsertEvent event) {
    }

    @Override
    public void onPostUpdateCommitFailed(PostUpdateEvent event) {
    }

    @Override
    public void onPostDeleteCommitFailed(PostDeleteEvent event) {
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return true;
    }
}
