package org.lastrada.portal.security;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads local accounts for sign-in. An account of a suspended organisation counts as disabled. An unknown
 * name that has failed as often as a real account may is reported locked too, so the messages never
 * tell whether an account exists.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final FailedSignIns failedSignIns;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, FailedSignIns failedSignIns, Clock clock) {
        this.accounts = accounts;
        this.failedSignIns = failedSignIns;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Account account = accounts.findByUsername(name).filter(a -> a.getPasswordHash() != null).orElse(null);
        if (account == null) {
            if (failedSignIns.isUnknownNameLocked(name)) {
                return new PortalUser(new Actor(null, name, name, Role.EDITOR, null), "{noop}" + UUID.randomUUID(),
                        true, true);
            }
            throw new UsernameNotFoundException("No local account");
        }
        boolean organisationActive = account.getOrganisation() == null || account.getOrganisation().isActive();
        return new PortalUser(account.asActor(), account.getPasswordHash(), account.isEnabled() && organisationActive,
                account.isLockedAt(clock.instant()));
    }
}
