package org.lastrada.portal.shared.posts;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.ExecutedStatements;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationKind;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public lists, with translations among 20,000 posts, still read their index in its order (no sort of every public
 * post) and leave translations out from the index itself; a page in another language looks its translations up in one
 * statement, by key. The statements the repository really sends are explained by the database itself: H2 here, MariaDB
 * in CI.
 */
@Tag("database")
@SpringBootTest(classes = SharedModelTestApplication.class)
@Import(PublicPostListsPlanTest.StatementRecording.class)
class PublicPostListsPlanTest {

    @TestConfiguration
    static class StatementRecording {
        @Bean
        static BeanPostProcessor recordingDataSource() {
            return ExecutedStatements.recordingDataSource();
        }
    }

    private static final int POSTS = 20_000;
    /** Every this many posts has a published Polish translation. */
    private static final int TRANSLATED_EVERY = 10;

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired PostRepository posts;

    private final List<MemberOrganisation> members = new ArrayList<>();
    private final Instant now = Instant.now();

    @BeforeEach
    void fillTheDatabase() throws SQLException {
        for (String country : List.of("PL", "UA", "CZ", "NL")) {
            members.add(organisations.save(new MemberOrganisation("plan-" + UUID.randomUUID().toString().substring(0, 8),
                    OrganisationKind.MEMBER, country, new OrganisationProfile("Plan Test " + country, "City"), now)));
        }
        LocalDateTime base = LocalDateTime.ofInstant(now, ZoneOffset.UTC).minusMinutes(POSTS + 10);
        String columns = "insert into post (organisation_id, author_name, slug, type, title, language, tags, status, published_at, "
                + "created_at, updated_at, version, translation_of, live_translation_of) values ";
        for (int start = 0; start < POSTS; start += 1000) {
            StringJoiner rows = new StringJoiner(",");
            for (int i = start; i < start + 1000; i++) {
                MemberOrganisation member = members.get(i % members.size());
                rows.add(String.format(Locale.ROOT, "(%d, 'Plan', '%s', '%s', 'Post %d', '%s', '', 'PUBLISHED', '%s', '%s', '%s', 0, null, null)",
                        member.getId(), member.getSlug() + "-" + i, i % 7 == 0 ? "STATEMENT" : "NEWS", i, i % 50 == 0 ? "cs" : "en",
                        base.plusMinutes(i), base.plusMinutes(i), base.plusMinutes(i)));
            }
            jdbc.sql(columns + rows).update();
        }
        List<Map<String, Object>> translated = jdbc.sql("select id, organisation_id from post where organisation_id in (:members) order by id")
                .param("members", members.stream().map(MemberOrganisation::getId).toList())
                .query().listOfRows().stream().filter(row -> ((Number) row.get("id")).longValue() % TRANSLATED_EVERY == 0).toList();
        StringJoiner rows = new StringJoiner(",");
        for (Map<String, Object> original : translated) {
            long id = ((Number) original.get("id")).longValue();
            rows.add(String.format(Locale.ROOT, "(%d, 'Plan', 'translation-%d-pl', 'NEWS', 'Wpis %d', 'pl', '', 'PUBLISHED', '%s', '%s', "
                    + "'%s', 0, %d, %d)", ((Number) original.get("organisation_id")).longValue(), id, id, base.plusMinutes(id % POSTS).plusSeconds(30), base, base,
                    id, id));
        }
        jdbc.sql(columns + rows).update();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("analyze table post");
            statement.execute("analyze table member_organisation");
        }
    }

    @AfterEach
    void emptyTheDatabase() {
        List<Long> ids = members.stream().map(MemberOrganisation::getId).toList();
        jdbc.sql("delete from post where organisation_id in (:ids) and translation_of is not null").param("ids", ids).update();
        jdbc.sql("delete from post where organisation_id in (:ids)").param("ids", ids).update();
        organisations.deleteAllById(ids);
    }

    @Test
    void listsReadTheirIndexInOrderAndLeaveTranslationsOutInsideIt() throws SQLException {
        PublicPostSelection wholeNetwork = new PublicPostSelection(null, List.of(-1L), null, null, null);
        PublicPostSelection oneMember = new PublicPostSelection(List.of(members.get(0).getId()), null, null, null, null);
        PublicPostSelection statementsInCzech = new PublicPostSelection(null, List.of(-1L), PostType.STATEMENT, "cs", null);
        List<ExecutedStatements.Statement> lists = ExecutedStatements.during(() -> {
            List<Long> first = posts.findPublicIds(now, wholeNetwork, PageRequest.of(0, 20));
            assertThat(first).hasSize(20).noneMatch(this::isTranslation);
            assertThat(posts.findPublicIds(now, wholeNetwork, PageRequest.of(500, 20))).hasSize(20).noneMatch(this::isTranslation);
            PostListKey deep = new PostListKey(posts.findById(first.get(19)).orElseThrow().getPublishedAt(), first.get(19));
            assertThat(posts.findPublicIdsNextTo(now, wholeNetwork, deep, true, 21)).hasSize(21).noneMatch(this::isTranslation);
            assertThat(posts.findPublicIds(now, oneMember, PageRequest.of(10, 20))).hasSize(20).noneMatch(this::isTranslation);
            assertThat(posts.findPublicIds(now, statementsInCzech, PageRequest.of(0, 20))).hasSize(20);
        });
        List<ExecutedStatements.Statement> listStatements = lists.stream().filter(s -> s.sql().contains(" order by ")).toList();
        assertThat(listStatements).as("the lists' statements").hasSize(5);
        // The entries a page reads: its own and those before it, with the translations among them (one in ten originals).
        int[] mostEntries = {most(20), most(10_020), most(21), most(220), Integer.MAX_VALUE};
        String[] index = {"ix_post_public_lists", "ix_post_public_lists", "ix_post_public_lists", "ix_post_member_public_list",
                "ix_post_public_lists"};
        for (int i = 0; i < listStatements.size(); i++) {
            QueryPlan plan = analyze(listStatements.get(i));
            assertThat(plan.readsPostsInOrderOf(index[i])).as("read in the order of %s: %s", index[i], plan).isTrue();
            assertThat(plan.postEntriesRead()).as("index entries read in %s", plan).isLessThanOrEqualTo(mostEntries[i]);
        }

        List<ExecutedStatements.Statement> counts = ExecutedStatements.during(() ->
                assertThat(posts.countPublic(now, oneMember)).isEqualTo(POSTS / members.size()));
        QueryPlan count = analyze(counts.get(0));
        assertThat(count.readsPostsThrough("ix_post_member_public_list")).as("%s", count).isTrue();
        assertThat(count.postEntriesRead()).as("%s", count).isLessThanOrEqualTo(most(POSTS / members.size()));
    }

    @Test
    void aPageInAnotherLanguageLooksItsTranslationsUpInOneStatementByKey() throws SQLException {
        PublicPostSelection wholeNetwork = new PublicPostSelection(null, List.of(-1L), null, null, null);
        List<PublicPostCard> page = posts.findCardsByIdIn(posts.findPublicIds(now, wholeNetwork, PageRequest.of(3, 20)));
        long translatedOnThePage = page.stream().filter(card -> card.id() % TRANSLATED_EVERY == 0).count();
        assertThat(translatedOnThePage).as("the test's data").isPositive();
        List<ExecutedStatements.Statement> statements = ExecutedStatements.during(() -> {
            List<LocalisedPostCard> inPolish = posts.inLanguage(page, "pl", now);
            assertThat(inPolish.stream().filter(LocalisedPostCard::translated)).hasSize((int) translatedOnThePage);
            assertThat(inPolish).extracting(LocalisedPostCard::listed).containsExactlyElementsOf(page);
        });
        assertThat(statements).as("one statement for the page").hasSize(1);
        QueryPlan lookUp = analyze(statements.get(0));
        assertThat(lookUp.readsPostsThrough("uk_post_live_translation")).as("%s", lookUp).isTrue();
        assertThat(lookUp.postEntriesRead()).as("%s", lookUp).isLessThanOrEqualTo(translatedOnThePage + 1);

        Long translated = page.stream().map(PublicPostCard::id).filter(id -> id % TRANSLATED_EVERY == 0).findFirst().orElseThrow();
        List<ExecutedStatements.Statement> group = ExecutedStatements.during(() ->
                assertThat(posts.findPublicTranslationGroup(translated, now)).extracting(PublicTranslationLink::language)
                        .containsExactly("en", "pl"));
        assertThat(group).as("the original by its key, then its translations by theirs").hasSize(2);
        assertThat(analyze(group.get(0)).readsPostsThrough("primary")).as("%s", analyze(group.get(0))).isTrue();
        assertThat(analyze(group.get(1)).readsPostsThrough("uk_post_live_translation")).as("%s", analyze(group.get(1))).isTrue();
    }

    private static int most(int originals) {
        return originals * 5 / 4 + 10;
    }

    private boolean isTranslation(Long id) {
        return jdbc.sql("select translation_of from post where id = :id").param("id", id).query(Long.class).optional().isPresent();
    }

    /**
     * How the database really ran the statement: H2's EXPLAIN ANALYZE (the plan, with each table's scanCount), MariaDB's
     * ANALYZE FORMAT=JSON (with the rows read, r_rows, and a filesort node when it sorted), on a connection that speaks the
     * schema's collation as the portal's do (connectionCollation in application-mysql.properties): with another one,
     * MariaDB sorts every public post instead of reading the list's index in order.
     */
    private QueryPlan analyze(ExecutedStatements.Statement statement) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            boolean h2 = product.contains("h2");
            if (!h2) {
                try (Statement names = connection.createStatement()) {
                    names.execute("set names utf8mb4 collate utf8mb4_unicode_ci");
                }
            }
            String prefix = h2 ? "explain analyze " : product.contains("mariadb") || isMariaDb(connection) ? "analyze format=json " : "explain format=json ";
            try (PreparedStatement explain = statement.prepare(connection, prefix); ResultSet rows = explain.executeQuery()) {
                rows.next();
                return new QueryPlan(statement.sql(), h2, rows.getString(1));
            }
        }
    }

    private static boolean isMariaDb(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT).contains("mariadb");
    }

    /** A plan as H2 writes it (one text, the post table's reads as "public.post p1_0 /* public.index: ... *\/") or as JSON. */
    private record QueryPlan(String sql, boolean h2, String plan) {

        private static final Pattern H2_POST_READ = Pattern.compile("\"public\"\\.\"post\" \"p1_0\"[^/]*/\\* public\\.(\\w+)(:?)");
        private static final Pattern H2_SCAN_COUNT = Pattern.compile("\"public\"\\.\"post\" \"p1_0\"[^/]*/\\*[^*]*?\\*/\\s*/\\* scanCount: (\\d+) \\*/",
                Pattern.DOTALL);
        private static final Pattern JSON_KEY = Pattern.compile("\"key\": \"(\\w+)\"");
        private static final Pattern JSON_ROWS_READ = Pattern.compile("\"r_rows\": ([\\d.]+)");

        boolean readsPostsThrough(String index) {
            if (h2) {
                return H2_POST_READ.matcher(plan).results().anyMatch(read -> read.group(1).toLowerCase(Locale.ROOT).startsWith(index));
            }
            return JSON_KEY.matcher(plan).results().anyMatch(key -> key.group(1).equalsIgnoreCase(index));
        }

        /** Through the index, in its order: H2 says "index sorted", MariaDB's plan has no filesort (MySQL's none used). */
        boolean readsPostsInOrderOf(String index) {
            boolean sorted = h2 ? !plan.contains("/* index sorted */") : plan.contains("\"filesort\"") || plan.contains("\"using_filesort\": true");
            return readsPostsThrough(index) && !sorted;
        }

        /** Index entries (or rows) of post read; 0 where the database does not say (MySQL's EXPLAIN). */
        long postEntriesRead() {
            Matcher read = (h2 ? H2_SCAN_COUNT : JSON_ROWS_READ).matcher(plan);
            long most = 0;
            while (read.find()) {
                most = Math.max(most, (long) Double.parseDouble(read.group(1)));
            }
            return most;
        }

        @Override
        public String toString() {
            return sql + "\n" + plan;
        }
    }
}
