package org.lastrada.portal.secretariat.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.SecretariatTestApplication;
import org.lastrada.portal.shared.ExecutedStatements;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationKind;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The queue with 100,000 posts in the database: a page is one indexed query returning the oldest waiting
 * items, not a scan of all posts. The statements ModerationQueue really sends are recorded and explained by the
 * database itself. Runs on H2 and, in CI, on MariaDB.
 */
@Tag("database")
@SpringBootTest(classes = SecretariatTestApplication.class)
@Import(ModerationQueueScaleTest.StatementRecording.class)
class ModerationQueueScaleTest {

    @TestConfiguration
    static class StatementRecording {
        @Bean
        static BeanPostProcessor recordingDataSource() {
            return ExecutedStatements.recordingDataSource();
        }
    }

    private static final int POSTS = 100_000;
    private static final int WAITING = 1_000;

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired ModerationQueue queue;

    private MemberOrganisation organisation;

    @BeforeEach
    void fillTheDatabase() throws SQLException {
        organisation = organisations.save(new MemberOrganisation("scale-" + UUID.randomUUID().toString().substring(0, 8),
                OrganisationKind.MEMBER, "RO", new OrganisationProfile("Scale Test", "Iasi"), Instant.now()));
        LocalDateTime base = LocalDateTime.of(2020, 1, 1, 0, 0);
        for (int start = 0; start < POSTS; start += 1000) {
            StringJoiner rows = new StringJoiner(",");
            for (int i = start; i < start + 1000; i++) {
                boolean waiting = i % (POSTS / WAITING) == 0;
                rows.add(String.format(Locale.ROOT, "(%d, 'Scale', '%s', 'NEWS', 'Post %d', 'en', '', '%s', %s, %s, '%s', '%s', 0)",
                        organisation.getId(), organisation.getSlug() + "-" + i, i, waiting ? "SUBMITTED" : "PUBLISHED",
                        waiting ? "'" + base.plusMinutes(i) + "'" : "null", waiting ? "null" : "'" + base.plusMinutes(i) + "'",
                        base.plusMinutes(i), base.plusMinutes(i)));
            }
            jdbc.sql("insert into post (organisation_id, author_name, slug, type, title, language, tags, status, submitted_at, "
                    + "published_at, created_at, updated_at, version) values " + rows).update();
        }
        // The statistics a database that grew this large has: right after the bulk insert MariaDB's are stale (InnoDB
        // recounts in the background), and with them it joined organisations first and sorted every waiting post.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("analyze table post");
            statement.execute("analyze table member_organisation");
        }
        Actor moderator = new Actor(null, "scale-moderator", "Scale Moderator", Role.MODERATOR, null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(moderator, null,
                List.of(new SimpleGrantedAuthority(Role.MODERATOR.authority()))));
    }

    @AfterEach
    void emptyTheDatabase() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from post where organisation_id = :id").param("id", organisation.getId()).update();
        organisations.deleteById(organisation.getId());
    }

    @Test
    void aPageOfTheQueueIsTheOldestWaitingItemsReadThroughTheIndex() throws SQLException {
        ModerationQueue.Filter posts = new ModerationQueue.Filter(ModerationQueue.Kind.POST, organisation.getSlug(), null);
        ModerationQueue.Filter everyKind = new ModerationQueue.Filter(null, organisation.getSlug(), "en");
        List<ExecutedStatements.Statement> statements = ExecutedStatements.during(() -> {
            List<ModerationQueue.Item> page = queue.page(posts, 0, 50);
            assertThat(page).hasSize(50);
            assertThat(page.get(0).title()).isEqualTo("Post 0");
            assertThat(page).isSortedAccordingTo((a, b) -> a.submittedAt().compareTo(b.submittedAt()));
            assertThat(queue.count(posts)).isEqualTo(WAITING);

            // A later page continues the first ones exactly, with every kind and a language in the filter too.
            List<ModerationQueue.Item> first60 = queue.page(everyKind, 0, 60);
            assertThat(first60).hasSize(60);
            assertThat(queue.page(everyKind, 40, 20)).containsExactlyElementsOf(first60.subList(40, 60));
            assertThat(queue.count(everyKind)).isEqualTo(WAITING);
            assertThat(queue.page(new ModerationQueue.Filter(null, organisation.getSlug(), "de"), 0, 50)).isEmpty();

            // What the secretariat opens first: the whole queue (other tests' items too, on a shared database).
            assertThat(queue.page(ModerationQueue.Filter.NONE, 0, 50)).hasSize(50);
            assertThat(queue.count(ModerationQueue.Filter.NONE)).isGreaterThanOrEqualTo(WAITING);
        });

        assertThat(statements).as("the queue's statements").hasSize(8);
        for (ExecutedStatements.Statement statement : statements) {
            QueryPlan plan = explain(statement);
            assertThat(plan.showsPostReads()).as("how posts are read, in %s", plan).isTrue();
            assertThat(plan.scansAllPosts()).as("a scan of every post in %s", plan).isFalse();
            if (!statement.sql().contains("count(*)")) {
                assertThat(plan.readsPostsThrough("ix_post_status_submitted")).as("the oldest waiting posts read in %s", plan).isTrue();
            }
        }
    }

    private QueryPlan explain(ExecutedStatements.Statement statement) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement explain = statement.prepare(connection, "explain ");
             ResultSet rows = explain.executeQuery()) {
            ResultSetMetaData columns = rows.getMetaData();
            List<Map<String, Object>> plan = new ArrayList<>();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    row.put(columns.getColumnLabel(column).toLowerCase(Locale.ROOT), rows.getObject(column));
                }
                plan.add(row);
            }
            return new QueryPlan(statement.sql(), plan);
        }
    }

    /**
     * How the database reads a statement: H2 explains it in one "plan" text, MariaDB/MySQL in a row per table read.
     * Both name the post table by ModerationQueue's alias for it, p.
     */
    private record QueryPlan(String sql, List<Map<String, Object>> rows) {

        /** In H2's plan, each read of the post table and the index it goes through, with ":" before the index's conditions. */
        private static final Pattern H2_POST_READ = Pattern.compile("(?:from|join) public\\.post p\\s+/\\* public\\.([\\w.]+)(:?)");

        /** Whether the plan says how the post table is read at all: if not, this test no longer understands the database's plans. */
        boolean showsPostReads() {
            return rows.stream().anyMatch(row -> row.containsKey("plan") ? h2PostReads(row).findAny().isPresent() : "p".equals(row.get("table")));
        }

        boolean readsPostsThrough(String index) {
            return rows.stream().anyMatch(row -> row.containsKey("plan")
                    ? h2PostReads(row).anyMatch(read -> read.group(1).equals(index) && read.group(2).equals(":"))
                    : "p".equals(row.get("table")) && index.equals(row.get("key")));
        }

        /** Every row of the table, or every entry of one of its indexes, read (H2 names no condition then). */
        boolean scansAllPosts() {
            return rows.stream().anyMatch(row -> row.containsKey("plan")
                    ? h2PostReads(row).anyMatch(read -> read.group(2).isEmpty())
                    : "p".equals(row.get("table")) && List.of("ALL", "index").contains(String.valueOf(row.get("type"))));
        }

        private static Stream<MatchResult> h2PostReads(Map<String, Object> row) {
            return H2_POST_READ.matcher(String.valueOf(row.get("plan")).toLowerCase(Locale.ROOT)).results();
        }

        @Override
        public String toString() {
            return sql + "\n" + rows.stream().map(Map::toString).reduce((a, b) -> a + "\n" + b).orElse("(no plan)");
        }
    }
}
