package org.lastrada.portal.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps a Keycloak sign-in onto a portal account, in one place: realm roles {@code editor}, {@code org-admin},
 * {@code moderator}, {@code admin} become the portal role; group {@code /members/<slug>} (or the user
 * attribute {@code organisation}) the member organisation. The account is found by the token's subject,
 * linked on first sign-in, and its role and organisation refreshed every time. A sign-in that cannot be
 * mapped completely is refused with a message, never let in half-way.
 */
@Service
@Profile("keycloak")
class KeycloakAccountLinker implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String ROLES_CLAIM = "realm_roles";
    static final String GROUPS_CLAIM = "groups";
    static final String ORGANISATION_CLAIM = "organisation";
    private static final String MEMBER_GROUP_PREFIX = "/members/";
    private static final Map<String, Role> REALM_ROLES = Map.of(
            "admin", Role.ADMIN, "moderator", Role.MODERATOR, "org-admin", Role.ORG_ADMIN, "editor", Role.EDITOR);

    private final OidcUserService delegate = new OidcUserService();
    private final AccountRepository accounts;
    private final MemberOrganisationRepository organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    KeycloakAccountLinker(AccountRepository accounts, MemberOrganisationRepository organisations, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        String username = Optional.ofNullable(user.getPreferredUsername()).orElse(user.getSubject()).toLowerCase(Locale.ROOT);
        Role role = roleOf(user.getClaimAsStringList(ROLES_CLAIM))
                .orElseThrow(() -> refuse(username, "no_portal_role"));
        MemberOrganisation organisation = role.isMemberRole() ? organisationOf(user)
                .orElseThrow(() -> refuse(username, "no_organisation"))
                : null;
        if (organisation != null && !organisation.isActive()) {
            throw refuse(username, "organisation_suspended");
        }
        Account account = accounts.findByExternalSubject(user.getSubject())
                .or(() -> accounts.findByUsername(username).filter(a -> a.getExternalSubject() == null))
                .orElseGet(() -> new Account(username, displayName(user, username), email(user, username + "@users.invalid"),
                        role, organisation, clock.instant()));
        if (!account.isEnabled()) {
            throw refuse(username, "account_disabled");
        }
        account.linkExternalSubject(user.getSubject());
        account.assign(role, organisation);
        account.setDisplayName(displayName(user, account.getDisplayName()));
        account.setEmail(email(user, account.getEmail()));
        account.recordSuccessfulLogin(clock.instant());
        Account saved = accounts.save(account);
        auditLog.recordAnonymous(saved.getUsername(), "login.success", "account", saved.getUsername(),
                organisation == null ? null : organisation.getId(), "keycloak, role " + role);

        Actor actor = saved.asActor();
        Collection<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        return new PortalOidcUser(actor, authorities, user.getIdToken(), user.getUserInfo());
    }

    /** The strongest portal role among the user's realm roles. */
    static Optional<Role> roleOf(List<String> realmRoles) {
        if (realmRoles == null) {
            return Optional.empty();
        }
        return realmRoles.stream().map(REALM_ROLES::get).filter(r -> r != null)
                .min((a, b) -> Integer.compare(strength(b), strength(a)));
    }

    private static int strength(Role role) {
        return switch (role) {
            case ADMIN -> 4;
            case MODERATOR -> 3;
            case ORG_ADMIN -> 2;
            case EDITOR -> 1;
        };
    }

    private Optional<MemberOrganisation> organisationOf(OidcUser user) {
        List<String> groups = user.getClaimAsStringList(GROUPS_CLAIM);
        Optional<String> slug = groups == null ? Optional.empty() : groups.stream()
                .filter(g -> g.startsWith(MEMBER_GROUP_PREFIX))
                .map(g -> g.substring(MEMBER_GROUP_PREFIX.length()))
                .findFirst();
        return slug.or(() -> Optional.ofNullable(user.getClaimAsString(ORGANISATION_CLAIM)))
                .flatMap(organisations::findBySlug);
    }

    /** The sign-in page words the refusal in the reader's language by its code; the description is for the log. */
    private OAuth2AuthenticationException refuse(String username, String code) {
        String message = LoginView.keycloakRefusal(code);
        auditLog.recordAnonymous(username, "login.refused_keycloak", "account", username, null, code);
        return new OAuth2AuthenticationException(new OAuth2Error(code, message, null), message);
    }

    private static String displayName(OidcUser user, String fallback) {
        return user.getFullName() != null && !user.getFullName().isBlank() ? user.getFullName() : fallback;
    }

    private static String email(OidcUser user, String fallback) {
        return user.getEmail() != null && !user.getEmail().isBlank() ? user.getEmail() : fallback;
    }
}
