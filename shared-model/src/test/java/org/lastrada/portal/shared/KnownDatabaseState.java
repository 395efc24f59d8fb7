package org.lastrada.portal.shared;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.lastrada.portal.shared.searchindex.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Every test class that works on a database starts from a known state: the migrated schema with the rows the
 * application writes at start-up (the demo network where the context seeds demo data, a first administrator
 * where one is configured) and nothing else, and a search index of exactly that. Registered for all
 * Spring tests of every module through this test-jar's {@code META-INF/spring.factories}, so no test depends on
 * what another test class left behind, on H2 or on the MariaDB server CI shares between test classes.
 */
public class KnownDatabaseState extends AbstractTestExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(KnownDatabaseState.class);
    private static final String SCHEMA_HISTORY = "flyway_schema_history";
    /**
     * The public content's version number, which every replica (every test context on the same database) follows: kept
     * and raised, never emptied. Were it emptied, each other context would put back the number after its own within its
     * refresh interval, as after a restore from a backup, and the number would jump in the middle of this class's tests.
     */
    private static final String CONTENT_VERSION = "public_content_version";
    private static final String SHARED_MODEL = "org.lastrada.portal.shared";

    @Override
    public int getOrder() {
        // After dependency injection, before transactional test methods and the test's own set-up.
        return Ordered.HIGHEST_PRECEDENCE + 2500;
    }

    @Override
    public void beforeTestClass(TestContext testContext) throws Exception {
        ApplicationContext context = testContext.getApplicationContext();
        DataSource dataSource = context.getBeanProvider(DataSource.class).getIfUnique();
        if (dataSource == null) {
            return;
        }
        SearchIndex index = context.getBeanProvider(SearchIndex.class).getIfUnique();
        if (index != null) {
            // A rebuild the start of the context began must not write the old rows into the index afterwards.
            index.rebuilt().get(5, TimeUnit.MINUTES);
        }
        deleteAllRows(dataSource);
        for (ApplicationRunner writer : startUpWriters(context)) {
            writer.run(new DefaultApplicationArguments());
        }
        EntityManagerFactory entityManagerFactory = context.getBeanProvider(EntityManagerFactory.class).getIfUnique();
        if (index != null && entityManagerFactory != null) {
            try {
                Search.mapping(entityManagerFactory).scope(Object.class).massIndexer().threadsToLoadObjects(1).startAndWait();
            } catch (SearchException unreachable) {
                // A context configured for a search cluster that is not there (a configuration test): nothing to index into.
                log.warn("Search index not rebuilt for {}: {}", testContext.getTestClass().getSimpleName(), unreachable.getMessage());
            }
        }
    }

    /** What the domain writes when the application starts (demo network, first administrator), in start-up order. */
    private static List<ApplicationRunner> startUpWriters(ApplicationContext context) {
        List<ApplicationRunner> writers = new ArrayList<>(context.getBeansOfType(ApplicationRunner.class).values().stream()
                .filter(runner -> AopUtils.getTargetClass(runner).getPackageName().startsWith(SHARED_MODEL))
                .toList());
        AnnotationAwareOrderComparator.sort(writers);
        return writers;
    }

    private static void deleteAllRows(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean mysql = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).matches(".*(mysql|mariadb).*");
            statement.execute(mysql ? "set foreign_key_checks = 0" : "set referential_integrity false");
            try {
                for (String table : tables(connection)) {
                    if (table.equalsIgnoreCase(CONTENT_VERSION)) {
                        statement.executeUpdate("update " + table + " set version = version + 1"); // the content changed
                    } else {
                        deleteRows(statement, table);
                    }
                }
            } finally {
                statement.execute(mysql ? "set foreign_key_checks = 1" : "set referential_integrity true");
            }
        }
    }

    /**
     * Empties one table. The context's background jobs (the shared content version's refresh, the outboxes' claims) may
     * hold rows of it at that moment: MariaDB then ends the delete as a deadlock victim (SQL state 40001), which is to be
     * tried again, as the server says.
     */
    private static void deleteRows(Statement statement, String table) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                statement.executeUpdate("delete from " + table);
                return;
            } catch (SQLException e) {
                if (!"40001".equals(e.getSQLState()) || attempt == 5) {
                    throw e;
                }
                log.info("Deleting the rows of {} met a deadlock (attempt {}); trying again", table, attempt);
                try {
                    Thread.sleep(100L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase(SCHEMA_HISTORY)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }
}
