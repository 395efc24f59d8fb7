package org.lastrada.portal.shared.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.EntityValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator of a production database (no demo data) from the environment, once:
 * when an administrator exists already it refuses and changes nothing. The initial password, if given,
 * must be replaced at the first sign-in; without one the account signs in through Keycloak only.
 */
@Component
@ConditionalOnProperty(prefix = "portal.bootstrap.admin", name = "username")
@EnableConfigurationProperties(FirstAdminBootstrap.Settings.class)
public class FirstAdminBootstrap implements ApplicationRunner {

    /** PORTAL_BOOTSTRAP_ADMIN_USERNAME, _EMAIL, _PASSWORD. */
    @ConfigurationProperties("portal.bootstrap.admin")
    public record Settings(String username, String email, String password) {
    }

    /** What a run did. */
    public enum Outcome { CREATED, REFUSED_ADMIN_EXISTS, SKIPPED_NOT_CONFIGURED }

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final Settings settings;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final EntityValidator validator;
    private final AuditLog auditLog;
    private final Clock clock;

    FirstAdminBootstrap(Settings settings, AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                        EntityValidator validator, AuditLog auditLog, Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.validator = validator;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrap();
    }

    @Transactional
    public Outcome bootstrap() {
        if (settings.username() == null || settings.username().isBlank()) {
            return Outcome.SKIPPED_NOT_CONFIGURED;
        }
        if (!accounts.findByRoleInAndEnabledTrue(List.of(Role.ADMIN)).isEmpty() || accounts.existsByUsername(username())) {
            log.warn("First-administrator bootstrap refused: an administrator (or the account {}) exists already; nothing changed. "
                    + "Remove PORTAL_BOOTSTRAP_ADMIN_* from the environment.", username());
            return Outcome.REFUSED_ADMIN_EXISTS;
        }
        Account admin = new Account(username(), "Administrator", settings.email(), Role.ADMIN, null, clock.instant());
        validator.check(admin);
        if (settings.password() != null && !settings.password().isBlank()) {
            passwordPolicy.check(admin.getUsername(), settings.password());
            admin.setPasswordHash(passwordEncoder.encode(settings.password()), true);
        }
        accounts.save(admin);
        auditLog.recordAnonymous("system", "account.bootstrap_admin", "account", admin.getUsername(), null,
                "first administrator created from the environment");
        log.info("First administrator {} created; the initial password must be changed at the first sign-in.", admin.getUsername());
        return Outcome.CREATED;
    }

    private String username() {
        return settings.username().strip().toLowerCase(Locale.ROOT);
    }
}
