package org.lastrada.portal.shared.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The production bootstrap of the first administrator, on a database without any (H2, or MariaDB in CI):
 * the first run creates it, the second refuses and changes nothing.
 */
@Tag("database")
@SpringBootTest(classes = SharedModelTestApplication.class, properties = {
        "spring.datasource.url=${PORTAL_TEST_BOOTSTRAP_DB_URL:jdbc:h2:mem:lsi-bootstrap;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1}",
        "portal.bootstrap.admin.username=Chief.Admin", "portal.bootstrap.admin.email=chief@example.org",
        "portal.bootstrap.admin.password=first-admin-secret-phrase"})
class FirstAdminBootstrapTest {

    @Autowired FirstAdminBootstrap bootstrap;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcClient jdbc;

    @Test
    void firstRunCreatedTheAdministratorAndASecondRunRefusesAndChangesNothing() {
        // The application runner already ran once at start-up, on an empty database.
        Account admin = accounts.findByUsername("chief.admin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.isMustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches("first-admin-secret-phrase", admin.getPasswordHash())).isTrue();
        long accountsBefore = accounts.count();
        long versionBefore = admin.getVersion();

        assertThat(bootstrap.bootstrap()).isEqualTo(FirstAdminBootstrap.Outcome.REFUSED_ADMIN_EXISTS);

        assertThat(accounts.count()).isEqualTo(accountsBefore);
        assertThat(accounts.findByRoleInAndEnabledTrue(List.of(Role.ADMIN))).hasSize(1);
        assertThat(accounts.findByUsername("chief.admin").orElseThrow().getVersion()).isEqualTo(versionBefore);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'account.bootstrap_admin'").query(Long.class).single())
                .isEqualTo(1);
    }
}
