package org.lastrada.portal.benchmark;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lastrada.portal.shared.media.MediaLibrary;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the configured database (H2 file or MariaDB/MySQL) with a large network for the benchmarks of
 * {@code deploy/load/} once the application has started (Flyway has created the schema). Refuses a database that
 * already holds a generated network or many posts, and then gives the application the exit status {@link #REFUSED}.
 *
 * <p>The rows are written with JDBC batches and bypass JPA, so no search index learns of them: the next start of the
 * portal finds its index holding fewer documents than the database has to index and rebuilds it in the background.
 */
@Component
@EnableConfigurationProperties(LargeNetworkProperties.class)
public class LargeNetworkGenerator implements ApplicationRunner, ExitCodeGenerator {

    /** Exit status when the database already holds a large network. */
    static final int REFUSED = 2;

    private static final Logger log = LoggerFactory.getLogger(LargeNetworkGenerator.class);

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
    private final MediaLibrary mediaLibrary;
    private final MemberOrganisationRepository organisations;
    private int exitCode;

    LargeNetworkGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, PasswordEncoder passwordEncoder,
                          LargeNetworkProperties properties, Clock clock, MediaLibrary mediaLibrary,
                          MemberOrganisationRepository organisations) {
        this.jdbc = jdbc;
        this.mediaLibrary = mediaLibrary;
        this.organisations = organisations;
        this.transactionManager = transactionManager;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            generate();
        } catch (Refused refused) {
            log.error("Large network NOT generated: {}", refused.getMessage());
            exitCode = REFUSED;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Checks that the database holds no large data set yet, then writes the network. */
    public LargeNetworkWriter.Summary generate() {
        refuseLargeDatabase();
        log.info("Large network: generating {} organisations ({} pictures each), {} accounts, {} posts ({} % with a featured "
                        + "image), {} audit events (seed {}, batches of {})", properties.organisations(),
                properties.imagesPerOrganisation(), properties.accounts(), properties.posts(), properties.featuredImagePercent(),
                properties.auditEvents(), properties.seed(), properties.batchSize());
        long started = System.nanoTime();
        BatchInsert insert = new BatchInsert(jdbc, new TransactionTemplate(transactionManager), properties.batchSize());
        // One bcrypt hash for every account: hashing 2,000 passwords would take longer than writing all posts.
        String passwordHash = passwordEncoder.encode(properties.password());
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        LargeNetworkWriter.Summary summary = new LargeNetworkWriter(jdbc, insert, properties, passwordHash, clock.instant(),
                (organisation, pictures) -> transaction.execute(status -> fillMediaLibrary(organisation, pictures))).write();
        log.info("Large network generated in {} s: {}; every account named {}* has the password set in "
                        + "portal.large-network.password", (System.nanoTime() - started) / 1_000_000_000, summary,
                LargeNetworkWriter.USERNAME_PREFIX);
        return summary;
    }

    /**
     * Pictures into the organisation's library through the portal's own {@link MediaLibrary}, so they are stored as an
     * upload is (variants on disk under the upload folder, a described row): the public site serves them as any other.
     */
    private List<String> fillMediaLibrary(LargeNetworkWriter.Organisation generated, int pictures) {
        MemberOrganisation organisation = organisations.findById(generated.id()).orElseThrow();
        List<String> keys = new ArrayList<>(pictures);
        for (int n = 1; n <= pictures; n++) {
            byte[] jpeg = LibraryPictures.draw(new SplittableRandom(properties.seed() * 31 + generated.id() * 1_009 + n));
            keys.add(mediaLibrary.importImage(organisation, "picture-" + n + ".jpg", jpeg,
                    "Staff of " + organisation.getName() + " at work, picture " + n, "large-network generator").getKey());
        }
        return keys;
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
}
