package org.lastrada.portal.shared.posts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.lastrada.portal.shared.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces posts the moment they become public. The public site shows a post only from its published-at
 * moment on (an embargoed statement stays hidden until then without any job); this job tells search,
 * feeds and caches, and writes the moment to the audit log. A post whose moment passed while the portal
 * was down is announced at the next run. With several replicas each runs the job, and each post is announced by the
 * one that claims it (a row lock the others skip), so once.
 */
@Component
public class ScheduledPublishing {

    private static final int BATCH = 200;

    private final PostRepository posts;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final Clock clock;

    ScheduledPublishing(PostRepository posts, ApplicationEventPublisher events, AuditLog auditLog, Clock clock) {
        this.posts = posts;
        this.events = events;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Announces every post whose moment has come; returns how many. */
    @Scheduled(fixedDelayString = "${portal.publishing.interval:60s}", initialDelayString = "${portal.publishing.initial-delay:10s}")
    @Transactional
    public int announceDue() {
        Instant now = clock.instant();
        List<Post> due = posts.findDueForAnnouncement(now, PageRequest.of(0, BATCH)).stream()
                .flatMap(post -> posts.claimForAnnouncement(post.getId()).stream())
                .toList();
        if (due.isEmpty()) {
            return 0;
        }
        posts.markAnnounced(due.stream().map(Post::getId).toList(), now);
        for (Post post : due) {
            events.publishEvent(new PostWentPublic(post.getId(), post.getSlug(), post.getPublishedAt()));
            auditLog.recordAnonymous("system", "post.public", "post", post.getSlug(), post.getOrganisation().getId(),
                    "public since " + post.getPublishedAt());
        }
        return due.size();
    }
}
