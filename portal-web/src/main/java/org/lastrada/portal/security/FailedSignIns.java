package org.lastrada.portal.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account after too many in a row; writes sign-ins, failures and
 * lockouts to the audit log. Unknown names are counted in memory the same way, so that a lockout does
 * not reveal which names exist.
 */
@Component
class FailedSignIns {

    private static final int MAX_UNKNOWN_NAMES_TRACKED = 10_000;

    private record UnknownName(int failures, Instant lockedUntil) {
    }

    private final AccountRepository accounts;
    private final AuditLog auditLog;
    private final SignInProperties properties;
    private final Clock clock;
    private final Map<String, UnknownName> unknownNames = new ConcurrentHashMap<>();

    FailedSignIns(AccountRepository accounts, AuditLog auditLog, SignInProperties properties, Clock clock) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String name = normalise(event.getAuthentication().getName());
        Instant now = clock.instant();
        accounts.findByUsername(name).ifPresentOrElse(account -> {
            account.recordFailedLogin(properties.maxFailedAttempts(), now.plus(properties.lockDuration()));
            boolean lockedNow = account.isLockedAt(now);
            auditLog.recordAnonymous(name, lockedNow ? "login.locked" : "login.failed", "account", name, organisationId(account),
                    lockedNow ? "locked until " + account.getLockedUntil() : "wrong password");
        }, () -> {
            if (unknownNames.size() > MAX_UNKNOWN_NAMES_TRACKED) {
                unknownNames.clear();
            }
            UnknownName counted = unknownNames.merge(name, new UnknownName(1, null), (before, one) -> {
                int failures = before.failures() + 1;
                return failures >= properties.maxFailedAttempts()
                        ? new UnknownName(0, now.plus(properties.lockDuration()))
                        : new UnknownName(failures, before.lockedUntil());
            });
            auditLog.recordAnonymous(name, counted.lockedUntil() != null ? "login.locked" : "login.failed", "account", name, null,
                    "unknown username");
        });
    }

    @EventListener
    @Transactional
    public void onLocked(AuthenticationFailureLockedEvent event) {
        String name = normalise(event.getAuthentication().getName());
        auditLog.recordAnonymous(name, "login.refused_locked", "account", name, null, "sign-in while locked");
    }

    @EventListener
    @Transactional
    public void onDisabled(AuthenticationFailureDisabledEvent event) {
        String name = normalise(event.getAuthentication().getName());
        auditLog.recordAnonymous(name, "login.refused_disabled", "account", name, null, "account or organisation disabled");
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
            accounts.findByUsername(user.getUsername()).ifPresent(account -> {
                account.recordSuccessfulLogin(clock.instant());
                auditLog.recordAnonymous(user.getUsername(), "login.success", "account", user.getUsername(), organisationId(account),
                        "local account");
            });
        }
    }

    boolean isUnknownNameLocked(String name) {
        UnknownName entry = unknownNames.get(name);
        return entry != null && entry.lockedUntil() != null && entry.lockedUntil().isAfter(clock.instant());
    }

    private static Long organisationId(Account account) {
        return account.getOrganisation() == null ? null : account.getOrganisation().getId();
    }

    private static String normalise(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
