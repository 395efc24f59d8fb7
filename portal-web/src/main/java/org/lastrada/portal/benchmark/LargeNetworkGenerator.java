package org.lastrada.portal.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the configured database (H2 file or MariaDB/MySQL) with a large network for the benchmarks of
 * {@code deploy/load/}: only with the Spring profile {@code large-network}, after Flyway has created the schema
 * and after the demo data (default profile) was seeded. Refuses a database that already holds a generated
 * network or many posts, and then exits the application unless {@code portal.large-network.keep-running=true}.
 *
 * <p>The rows are written with JDBC batches and bypass JPA, so the search index does not know them: after
 * generating, the index directory is deleted (once the application has stopped) and the next start of the
 * portal rebuilds it from the database. An H2 file database is compacted at the same moment.
 */
@Component
@Profile("large-network")
@Order(Ordered.LOWEST_PRECEDENCE)
@EnableConfigurationProperties(LargeNetworkProperties.class)
public class LargeNetworkGenerator implements ApplicationRunner {

    /** Exit status when the database already holds a large network. */
    static final int REFUSED = 2;

    private static final Logger log = LoggerFactory.getLogger(LargeNetworkGenerator.class);
    private static final String SEARCH_INDEX_ROOT = "spring.jpa.properties.hibernate.search.backend.directory.root";

    /** The database was not touched because it already holds a (generated or real) large data set. */
    static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactionManager;
    private final PasswordEncoder passwordEncoder;
    private final LargeNetworkProperties properties;
    private final Clock clock;
    private final ConfigurableApplicationContext context;
    private final Environment environment;

    LargeNetworkGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, PasswordEncoder passwordEncoder,
                          LargeNetworkProperties properties, Clock clock, ConfigurableApplicationContext context,
                          Environment environment) {
        this.jdbc = jdbc;
        this.transactionManager = transactionManager;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
        this.context = context;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.keepRunning()) {
            generate();
            log.warn("Large network: the search index does not hold the generated posts; stop the portal, delete {} and "
                    + "start it again to rebuild the index.", environment.getProperty(SEARCH_INDEX_ROOT, "the search index"));
            return;
        }
        int status;
        try {
            generate();
            status = 0;
        } catch (Refused refused) {
            log.error("Large network NOT generated: {}", refused.getMessage());
            status = REFUSED;
        }
        exit(status);
    }

    /** Checks that the database holds no large data set yet, then writes the network. */
    public LargeNetworkWriter.Summary generate() {
        refuseLargeDatabase();
        log.info("Large network: generating {} organisations, {} accounts, {} posts, {} audit events (seed {}, batches of {})",
                properties.organisations(), properties.accounts(), properties.posts(), properties.auditEvents(),
                properties.seed(), properties.batchSize());
        long started = System.nanoTime();
        BatchInsert insert = new BatchInsert(jdbc, new TransactionTemplate(transactionManager), properties.batchSize());
        // One bcrypt hash for every account: hashing 2,000 passwords would take longer than writing all posts.
        String passwordHash = passwordEncoder.encode(properties.password());
        LargeNetworkWriter.Summary summary = new LargeNetworkWriter(jdbc, insert, properties, passwordHash, clock.instant()).write();
        log.info("Large network generated in {} s: {}; every account named {}* has the password set in "
                        + "portal.large-network.password", (System.nanoTime() - started) / 1_000_000_000, summary,
                LargeNetworkWriter.USERNAME_PREFIX);
        return summary;
    }

    private void refuseLargeDatabase() {
        Long generatedAccounts = jdbc.queryForObject("select count(*) from account where username like ?", Long.class,
                LargeNetworkWriter.USERNAME_PREFIX + "%");
        if (generatedAccounts != null && generatedAccounts > 0) {
            throw new Refused("the database already holds a generated large network (" + generatedAccounts + " accounts named "
                    + LargeNetworkWriter.USERNAME_PREFIX + "*). Use a new database or H2 data directory.");
        }
        Long posts = jdbc.queryForObject("select count(*) from post", Long.class);
        if (posts != null && posts > properties.refuseAbovePosts()) {
            throw new Refused("the database already holds " + posts + " posts (more than portal.large-network.refuse-above-posts="
                    + properties.refuseAbovePosts() + "). Use a new database or H2 data directory.");
        }
    }

    /**
     * Stops the application; after generating, compacts an H2 file database and deletes the search index so that
     * the next start rebuilds it; then exits.
     */
    private void exit(int status) {
        String indexRoot = environment.getProperty(SEARCH_INDEX_ROOT);
        String url = environment.getProperty("spring.datasource.url", "");
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        int exitCode = SpringApplication.exit(context, () -> status);
        if (status == 0) {
            if (url.startsWith("jdbc:h2:file:")) {
                compactH2(url, user, password);
            }
            if (indexRoot != null) {
                deleteDirectory(Path.of(indexRoot));
            }
        }
        System.exit(exitCode);
    }

    /**
     * H2 keeps the space of every batch's old pages in the file (about 6 GB after generating 100,000 posts);
     * {@code SHUTDOWN COMPACT} rewrites it to its live size (about 0.5 GB). Runs once the application has closed
     * the database.
     */
    private static void compactH2(String url, String user, String password) {
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
            log.info("Large network: compacted the H2 database in {} s", (System.nanoTime() - started) / 1_000_000_000);
        } catch (SQLException e) {
            log.warn("Large network: could not compact the H2 database ({}); it works, but its file is larger than needed.",
                    e.toString());
        }
    }

    private static void deleteDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            log.info("Large network: deleted the search index {}; the next start of the portal rebuilds it.", directory);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Large network: could not delete the search index {} ({}); delete it before the next start.", directory, e.toString());
        }
    }
}
