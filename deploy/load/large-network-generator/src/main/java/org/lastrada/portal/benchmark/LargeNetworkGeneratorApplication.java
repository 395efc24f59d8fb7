package org.lastrada.portal.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.lastrada.portal.shared.SharedModelConfiguration;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.media.MediaLibrary;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.uploads.UploadProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The large-network generator of the benchmarks ({@code deploy/load/README.md}): opens the portal's database as the
 * portal does (same settings, Flyway migrations of shared-model, schema validated against its entities), writes the
 * network, exits with 0 when done or {@link LargeNetworkGenerator#REFUSED} when the database already holds one. Of the
 * portal's services it has only the media library (the organisations' pictures are stored as uploads are).
 */
@SpringBootApplication
@Import({SharedModelConfiguration.class, AuditLog.class, CurrentActor.class})
@ComponentScan(basePackageClasses = {LargeNetworkGeneratorApplication.class, MediaLibrary.class})
@EnableConfigurationProperties(UploadProperties.class)
@EntityScan(basePackageClasses = SharedModelConfiguration.class)
@EnableJpaRepositories(basePackageClasses = SharedModelConfiguration.class)
public class LargeNetworkGeneratorApplication {

    private static final Logger log = LoggerFactory.getLogger(LargeNetworkGeneratorApplication.class);

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(LargeNetworkGeneratorApplication.class, args);
        Environment environment = context.getEnvironment();
        String url = environment.getProperty("spring.datasource.url", "");
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        int status = SpringApplication.exit(context);
        if (status == 0 && url.startsWith("jdbc:h2:file:")) {
            compactH2(url, user, password);
        }
        System.exit(status);
    }

    /**
     * H2 keeps the space of every batch's old pages in the file (about 6 GB after generating 100,000 posts);
     * {@code SHUTDOWN COMPACT} rewrites it to its live size (about 0.5 GB). It needs the database to itself, so it
     * runs once the application has closed its connections.
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
}
