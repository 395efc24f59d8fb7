package org.lastrada.portal.publicsite;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
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
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostWentPublic;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which version of the public content this portal serves, so a revalidation (If-None-Match) is answered
 * without rendering the page: it changes when a post, an organisation or a network page is saved (after
 * the commit), when an embargoed post's moment comes, and at least every minute, which bounds what another
 * replica's changes or a list's short-lived count can leave unseen to the minute public pages may be cached anyway.
 */
@Component
class PublicContentVersion implements PostCommitInsertEventListener, PostCommitUpdateEventListener, PostCommitDeleteEventListener {

    private static final long BUCKET_MILLIS = 60_000;

    private final AtomicLong changes = new AtomicLong();
    private final Clock clock;

    PublicContentVersion(EntityManagerFactory entityManagerFactory, Clock clock) {
        this.clock = clock;
        EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_COMMIT_INSERT, this);
        listeners.appendListeners(EventType.POST_COMMIT_UPDATE, this);
        listeners.appendListeners(EventType.POST_COMMIT_DELETE, this);
    }

    /** A version of the public content: the changes seen by this portal, and the minute. */
    record Version(long changes, long minute) {
    }

    Version current() {
        return new Version(changes.get(), clock.millis() / BUCKET_MILLIS);
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
        changes.incrementAndGet();
    }

    private void changed(Object entity) {
        if (entity instanceof Post || entity instanceof MemberOrganisation || entity instanceof NetworkPage) {
            changes.incrementAndGet();
        }
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getEntity());
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
