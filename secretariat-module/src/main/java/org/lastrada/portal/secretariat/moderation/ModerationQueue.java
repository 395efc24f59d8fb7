package org.lastrada.portal.secretariat.moderation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that waits for the secretariat's decision: submitted posts (translations among them), changes of published
 * posts and profile changes (of a profile itself, or of its translation into a language), oldest first, one page at a time. One query over the three kinds, each read through
 * its (status, submitted_at) index, so the queue stays fast however many posts the network has and however
 * many wait.
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

        /** The English name, for logs; what people read comes from {@link #messageKey()}. */
        public String label() {
            return label;
        }

        /** Its name's key in the message bundles (i18n/workspace): "Change of a published post". */
        public String messageKey() {
            return "workspace.moderation.kind." + path;
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

    /**
     * One row of the queue. {@code language} is the item's (a profile change's is "en" for the profile itself);
     * {@code translation}: a post translating another one, its change, or the change of a profile's translation;
     * {@code fromWebsite}: a post taken from the member's own website's feed, or the website's change of it.
     */
    public record Item(Kind kind, Long id, String title, String organisation, PostType type, String language, String submitter,
                       Instant submittedAt, boolean translation, boolean fromWebsite) {
    }

    /** Narrows the queue; null fields match everything. */
    public record Filter(Kind kind, String organisationSlug, String language) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    /** Where each kind waits: its rows, and what its filters and order refer to. */
    private record Source(Kind kind, String select, String from, String status, String slug, String language, String submittedAt,
                          String id) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source(Kind.POST, "p.id, p.title, o.name as organisation, p.type, p.language, p.author_name, p.submitted_at, "
                    + "case when p.translation_of is null then 0 else 1 end as translation, "
                    + "case when p.source_url is null then 0 else 1 end as from_website",
                    "post p join member_organisation o on o.id = p.organisation_id",
                    "p.status", "o.slug", "p.language", "p.submitted_at", "p.id"),
            new Source(Kind.POST_REVISION, "r.id, r.title, o.name as organisation, r.type, r.language, r.author_name, r.submitted_at, "
                    + "case when p.translation_of is null then 0 else 1 end as translation, "
                    + "case when p.source_url is not null and r.author_account_id is null then 1 else 0 end as from_website",
                    "post_revision r join post p on p.id = r.post_id join member_organisation o on o.id = p.organisation_id",
                    "r.status", "o.slug", "r.language", "r.submitted_at", "r.id"),
            new Source(Kind.PROFILE_REVISION, "r.id, r.name as title, o.name as organisation, null as type, r.language, "
                    + "r.author_name, r.submitted_at, case when r.language = 'en' then 0 else 1 end as translation, "
                    + "0 as from_website",
                    "profile_revision r join member_organisation o on o.id = r.organisation_id",
                    "r.status", "o.slug", "r.language", "r.submitted_at", "r.id"));

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;

    ModerationQueue(JdbcClient jdbc, CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
    }

    /**
     * One page of the queue, oldest first. Each kind reads only its oldest offset + limit waiting rows through its
     * (status, submitted_at, id) index; the page is taken from those few, so a page costs the same however long the queue.
     */
    @Transactional(readOnly = true)
    public List<Item> page(Filter filter, int offset, int limit) {
        requireSecretariat();
        List<Source> sources = sources(filter);
        if (sources.isEmpty()) {
            return List.of();
        }
        StringJoiner union = new StringJoiner(" union all ", "select * from (", ") q order by q.submitted_at, q.kind, q.id limit :limit offset :offset");
        for (Source source : sources) {
            union.add("(select '" + source.kind().name() + "' as kind, " + source.select() + " from " + source.from()
                    + where(source, filter) + " order by " + source.submittedAt() + ", " + source.id() + " limit :window)");
        }
        return parameters(jdbc.sql(union.toString()), filter)
                .param("window", offset + limit)
                .param("limit", limit)
                .param("offset", offset)
                .query((row, n) -> new Item(Kind.valueOf(row.getString("kind")), row.getLong("id"), row.getString("title"),
                        row.getString("organisation"), row.getString("type") == null ? null : PostType.valueOf(row.getString("type")), row.getString("language"),
                        row.getString("author_name"), instant(row.getObject("submitted_at", LocalDateTime.class)),
                        row.getInt("translation") == 1, row.getInt("from_website") == 1))
                .list();
    }

    @Transactional(readOnly = true)
    public int count(Filter filter) {
        requireSecretariat();
        List<Source> sources = sources(filter);
        if (sources.isEmpty()) {
            return 0;
        }
        StringJoiner union = new StringJoiner(" union all ", "select sum(n) from (", ") c");
        for (Source source : sources) {
            union.add("select count(*) as n from " + source.from() + where(source, filter));
        }
        return parameters(jdbc.sql(union.toString()), filter).query(Integer.class).single();
    }

    /** The kinds the filter lets through: all, or one. */
    private static List<Source> sources(Filter filter) {
        return SOURCES.stream()
                .filter(source -> filter.kind() == null || source.kind() == filter.kind())
                .filter(source -> filter.language() == null || source.language() != null)
                .toList();
    }

    /** Only the conditions the filter uses, so that the database reads the status index and nothing else. */
    private static String where(Source source, Filter filter) {
        return " where " + source.status() + " = 'SUBMITTED'"
                + (filter.organisationSlug() == null ? "" : " and " + source.slug() + " = :slug")
                + (filter.language() == null ? "" : " and " + source.language() + " = :language");
    }

    private static JdbcClient.StatementSpec parameters(JdbcClient.StatementSpec statement, Filter filter) {
        if (filter.organisationSlug() != null) {
            statement = statement.param("slug", filter.organisationSlug());
        }
        return filter.language() == null ? statement : statement.param("language", filter.language());
    }

    private void requireSecretariat() {
        Actor actor = currentActor.require();
        if (!actor.isSecretariat()) {
            throw new AccessDeniedException(actor.username() + " may not see the moderation queue.");
        }
    }

    /** Stored in UTC (hibernate.jdbc.time_zone), read back the same way whatever the JVM's zone. */
    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
