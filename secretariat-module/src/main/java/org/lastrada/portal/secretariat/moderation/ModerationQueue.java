package org.lastrada.portal.secretariat.moderation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that waits for the secretariat's decision: submitted posts, changes of published posts and
 * profile changes, oldest first, one page at a time. One query over the three kinds, each read through
 * its (status, submitted_at) index, so the queue stays fast however many posts the network has.
 */
@Service
public class ModerationQueue {

    /** What kind of item waits. */
    public enum Kind {
        POST("post", "New post"),
        POST_REVISION("post-change", "Change of a published post"),
        PROFILE_REVISION("profile-change", "Profile change");

        private final String path;
        private final String label;

        Kind(String path, String label) {
            this.path = path;
            this.label = label;
        }

        /** The segment of the review screen's address, e.g. "post-change". */
        public String path() {
            return path;
        }

        public String label() {
            return label;
        }

        public static Kind fromPath(String path) {
            for (Kind kind : values()) {
                if (kind.path.equals(path)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("No such kind of item: " + path);
        }
    }

    /** One row of the queue. */
    public record Item(Kind kind, Long id, String title, String organisation, String type, String language, String submitter,
                       Instant submittedAt) {
    }

    /** Narrows the queue; null fields match everything. */
    public record Filter(Kind kind, String organisationSlug, String language) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    private static final String QUEUE = """
            select * from (
              select 'POST' as kind, p.id, p.title, o.name as organisation, o.slug, p.type, p.language, p.author_name,
                     p.submitted_at
                from post p join member_organisation o on o.id = p.organisation_id where p.status = 'SUBMITTED'
              union all
              select 'POST_REVISION', r.id, r.title, o.name, o.slug, r.type, r.language, r.author_name, r.submitted_at
                from post_revision r join post p on p.id = r.post_id join member_organisation o on o.id = p.organisation_id
               where r.status = 'SUBMITTED'
              union all
              select 'PROFILE_REVISION', r.id, r.name, o.name, o.slug, null, null, r.author_name, r.submitted_at
                from profile_revision r join member_organisation o on o.id = r.organisation_id where r.status = 'SUBMITTED'
            ) q
            where (cast(:kind as char(30)) is null or q.kind = :kind) and (cast(:slug as char(80)) is null or q.slug = :slug)
              and (cast(:language as char(2)) is null or q.language = :language)
            """;

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;

    ModerationQueue(JdbcClient jdbc, CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
    }

    @Transactional(readOnly = true)
    public List<Item> page(Filter filter, int offset, int limit) {
        requireSecretariat();
        return jdbc.sql(QUEUE + " order by q.submitted_at, q.kind, q.id limit :limit offset :offset")
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("slug", filter.organisationSlug())
                .param("language", filter.language())
                .param("limit", limit)
                .param("offset", offset)
                .query((row, n) -> new Item(Kind.valueOf(row.getString("kind")), row.getLong("id"), row.getString("title"),
                        row.getString("organisation"), typeLabel(row.getString("type")), row.getString("language"),
                        row.getString("author_name"), instant(row.getObject("submitted_at", LocalDateTime.class))))
                .list();
    }

    @Transactional(readOnly = true)
    public int count(Filter filter) {
        requireSecretariat();
        return jdbc.sql("select count(*) from (" + QUEUE + ") c")
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("slug", filter.organisationSlug())
                .param("language", filter.language())
                .query(Integer.class).single();
    }

    private void requireSecretariat() {
        Actor actor = currentActor.require();
        if (!actor.isSecretariat()) {
            throw new AccessDeniedException(actor.username() + " may not see the moderation queue.");
        }
    }

    private static String typeLabel(String type) {
        return type == null ? "Profile" : type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Stored in UTC (hibernate.jdbc.time_zone), read back the same way whatever the JVM's zone. */
    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
