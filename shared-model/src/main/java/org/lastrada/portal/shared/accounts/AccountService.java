package org.lastrada.portal.shared.accounts;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.time.TimeZones;
import org.lastrada.portal.shared.validation.EntityValidator;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: administrators manage everyone's, organisation admins their own organisation's staff
 * (never granting a secretariat role), and everyone their own password.
 */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final MemberOrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final EntityValidator validator;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AccountService(AccountRepository accounts, MemberOrganisationRepository organisations, PasswordEncoder passwordEncoder,
                          PasswordPolicy passwordPolicy, EntityValidator validator, CurrentActor currentActor, AuditLog auditLog,
                          ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.validator = validator;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Opens an account; an initial password must be changed at the first sign-in. */
    @Transactional
    public Account create(NewAccount request) {
        Actor actor = currentActor.require();
        MemberOrganisation organisation = request.organisationId() == null ? null
                : organisations.findById(request.organisationId())
                        .orElseThrow(() -> new InvalidInputException("organisation", Message.of("workspace.refusal.no-such-organisation")));
        Role role = request.role();
        boolean secretariatRole = role != null && role.isSecretariatRole();
        Account account = new Account(normalise(request.username()), request.displayName(), request.email(), role,
                secretariatRole ? null : organisation, clock.instant());
        requireManager(actor, account);
        validator.check(account);
        if (accounts.existsByUsername(account.getUsername())) {
            throw new InvalidInputException("username", Message.of("workspace.refusal.account.username-taken", account.getUsername()));
        }
        if (request.password() != null) {
            passwordPolicy.check(account.getUsername(), request.password());
            account.setPasswordHash(passwordEncoder.encode(request.password()), true);
        }
        Account saved = accounts.save(account);
        auditLog.record(actor, "account.create", "account", saved.getUsername(), organisationId(saved), "role " + saved.getRole());
        return saved;
    }

    /** Disables or re-enables an account; disabling ends its open sessions at once. */
    @Transactional
    public Account setEnabled(Long accountId, boolean enabled) {
        Actor actor = currentActor.require();
        Account account = find(accountId);
        requireManager(actor, account);
        if (actor.username().equals(account.getUsername()) && !enabled) {
            throw new InvalidInputException("enabled", Message.of("workspace.refusal.account.disable-self"));
        }
        account.setEnabled(enabled);
        auditLog.record(actor, enabled ? "account.enable" : "account.disable", "account", account.getUsername(),
                organisationId(account), null);
        if (!enabled) {
            events.publishEvent(new AccountAccessChanged(account.getUsername()));
        }
        return account;
    }

    /** Administrators move an account to another role or organisation; its open sessions end so the change applies at once. */
    @Transactional
    public Account assign(Long accountId, Role role, Long organisationId) {
        Actor actor = currentActor.require();
        if (!actor.isAdmin()) {
            throw new AccessDeniedException(actor.username() + " may not change roles.");
        }
        Account account = find(accountId);
        MemberOrganisation organisation = role != null && role.isMemberRole() && organisationId != null
                ? organisations.findById(organisationId).orElseThrow(() -> new InvalidInputException("organisation", Message.of("workspace.refusal.no-such-organisation")))
                : null;
        String before = account.getRole() + (account.getOrganisation() == null ? "" : " of " + account.getOrganisation().getSlug());
        account.assign(role, organisation);
        validator.check(account);
        auditLog.record(actor, "account.assign", "account", account.getUsername(), organisationId(account),
                before + " -> " + role + (organisation == null ? "" : " of " + organisation.getSlug()));
        events.publishEvent(new AccountAccessChanged(account.getUsername()));
        return account;
    }

    /** Sets a new initial password that its owner must change at the next sign-in; also lifts a lockout. */
    @Transactional
    public Account resetPassword(Long accountId, String newPassword) {
        Actor actor = currentActor.require();
        Account account = find(accountId);
        requireManager(actor, account);
        passwordPolicy.check(account.getUsername(), newPassword);
        account.setPasswordHash(passwordEncoder.encode(newPassword), true);
        account.recordSuccessfulLogin(account.getLastLoginAt());
        auditLog.record(actor, "account.reset_password", "account", account.getUsername(), organisationId(account), null);
        return account;
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Actor actor = currentActor.require();
        Account account = accounts.findByUsername(actor.username())
                .orElseThrow(() -> new AccessDeniedException("No local account for " + actor.username() + "."));
        if (account.getPasswordHash() == null || currentPassword == null
                || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", Message.of("workspace.refusal.account.current-password"));
        }
        passwordPolicy.check(account.getUsername(), newPassword);
        account.setPasswordHash(passwordEncoder.encode(newPassword), false);
        auditLog.record(actor, "account.change_password", "account", account.getUsername(), organisationId(account), null);
    }

    /** The accounts the actor manages: an organisation admin's own organisation, or for administrators all. */
    @Transactional(readOnly = true)
    public List<Account> listManageable() {
        Actor actor = currentActor.require();
        if (actor.isAdmin()) {
            return accounts.findAll(Sort.by("displayName"));
        }
        if (actor.role() == Role.ORG_ADMIN) {
            return accounts.findByOrganisationIdOrderByDisplayNameAsc(actor.organisationId());
        }
        throw new AccessDeniedException(actor.username() + " may not manage accounts.");
    }

    /** The zone the signed-in user reads and enters times in (the network's for someone without an account). */
    @Transactional(readOnly = true)
    public ZoneId ownTimeZone() {
        return currentActor.find().flatMap(actor -> accounts.findByUsername(actor.username()))
                .map(Account::timeZone).orElse(TimeZones.NETWORK);
    }

    /** The signed-in user chooses the zone their workspace shows times in. */
    @Transactional
    public ZoneId changeOwnTimeZone(String zoneId) {
        Actor actor = currentActor.require();
        ZoneId zone = TimeZones.parse(zoneId);
        Account account = accounts.findByUsername(actor.username())
                .orElseThrow(() -> new AccessDeniedException("No account for " + actor.username() + "."));
        account.chooseTimeZone(zone);
        auditLog.record(actor, "account.time_zone", "account", account.getUsername(), organisationId(account), zone.getId());
        return zone;
    }

    /** The language the signed-in user reads the workspace in (English for someone without an account). */
    @Transactional(readOnly = true)
    public NetworkLanguage ownInterfaceLanguage() {
        return currentActor.find().flatMap(actor -> accounts.findByUsername(actor.username()))
                .map(Account::interfaceLanguage).orElse(NetworkLanguage.ENGLISH);
    }

    /** The signed-in user chooses the language of their workspace: one of the network's, by its code ("pl"). */
    @Transactional
    public NetworkLanguage changeOwnInterfaceLanguage(String code) {
        Actor actor = currentActor.require();
        NetworkLanguage language = NetworkLanguage.fromCode(code).orElseThrow(() -> new InvalidInputException("interfaceLanguage",
                Message.of("workspace.refusal.account.language", code == null ? "" : code.strip())));
        Account account = accounts.findByUsername(actor.username())
                .orElseThrow(() -> new AccessDeniedException("No account for " + actor.username() + "."));
        account.chooseInterfaceLanguage(language);
        auditLog.record(actor, "account.interface_language", "account", account.getUsername(), organisationId(account),
                language.code());
        return language;
    }

    /** Whether the signed-in user still has to replace an initial password before working. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentActor.find().flatMap(actor -> accounts.findByUsername(actor.username()))
                .map(Account::isMustChangePassword).orElse(false);
    }

    private Account find(Long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new InvalidInputException("account", Message.of("workspace.refusal.no-such-account")));
    }

    /** Administrators manage every account; organisation admins only member staff of their own organisation. */
    private static void requireManager(Actor actor, Account account) {
        boolean orgAdminOfSameOrganisation = actor.role() == Role.ORG_ADMIN
                && account.getRole() != null && account.getRole().isMemberRole()
                && account.getOrganisation() != null && actor.belongsTo(account.getOrganisation());
        if (!actor.isAdmin() && !orgAdminOfSameOrganisation) {
            throw new AccessDeniedException(actor.username() + " may not manage this account.");
        }
    }

    private static Long organisationId(Account account) {
        return account.getOrganisation() == null ? null : account.getOrganisation().getId();
    }

    private static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
