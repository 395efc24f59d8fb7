package org.lastrada.portal.shared.accounts;

import org.lastrada.portal.shared.security.Role;
import java.time.Clock;
import java.util.Locale;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.EntityValidator;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens accounts: administrators for anyone, organisation admins for their own organisation's staff. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final MemberOrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final EntityValidator validator;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Clock clock;

    public AccountService(AccountRepository accounts, MemberOrganisationRepository organisations, PasswordEncoder passwordEncoder,
                          EntityValidator validator, CurrentActor currentActor, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public Account create(NewAccount request) {
        Actor actor = currentActor.require();
        MemberOrganisation organisation = request.organisationId() == null ? null
                : organisations.findById(request.organisationId())
                        .orElseThrow(() -> new InvalidInputException("organisation", "No such organisation."));
        boolean adminOfSameOrganisation = actor.role() == Role.ORG_ADMIN && organisation != null && actor.belongsTo(organisation)
                && request.role() != null && request.role().isMemberRole();
        if (!actor.isAdmin() && !adminOfSameOrganisation) {
            throw new AccessDeniedException(actor.username() + " may not open this account.");
        }
        Account account = new Account(normalise(request.username()), request.displayName(), request.email(),
                request.role(), request.role() != null && request.role().isSecretariatRole() ? null : organisation, clock.instant());
        validator.check(account);
        if (accounts.existsByUsername(account.getUsername())) {
            throw new InvalidInputException("username", "The username '" + account.getUsername() + "' is already taken.");
        }
        if (request.password() != null) {
            account.setPasswordHash(passwordEncoder.encode(request.password()), true);
        }
        Account saved = accounts.save(account);
        auditLog.record(actor, "account.create", "account", saved.getUsername(),
                organisation == null ? null : organisation.getId(), "role " + saved.getRole());
        return saved;
    }

    private static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
