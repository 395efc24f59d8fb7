package org.lastrada.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.secretariat.network.NetworkOrganisations;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.accounts.AccountService;
import org.lastrada.portal.shared.audit.AuditEventRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationService;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.testing.WorkspaceClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** Local sign-in over real HTTP: redirects, session ids, lockout, disabling, sign-out and headers. */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInIT {

    private static final String PASSWORD = "a-long-test-password-9";

    @LocalServerPort int port;
    @Autowired AccountRepository accounts;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired AccountService accountService;
    @Autowired OrganisationService organisationService;
    @Autowired NetworkOrganisations networkOrganisations;
    @Autowired AuditEventRepository auditEvents;
    @Autowired PasswordEncoder passwordEncoder;

    private WorkspaceClient browser;
    private Account account;

    @BeforeEach
    void newEditor() {
        browser = new WorkspaceClient("http://localhost:" + port);
        account = new Account("signin-" + UUID.randomUUID().toString().substring(0, 8), "Sign-in Tester", "tester@example.org",
                Role.EDITOR, organisations.findBySlug("la-strada-moldova").orElseThrow(), Instant.now());
        account.setPasswordHash(passwordEncoder.encode(PASSWORD), false);
        account = accounts.save(account);
    }

    @AfterEach
    void signOutOfServices() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void rightPasswordLandsInTheWorkspaceWithANewSessionId() {
        browser.get("/login");
        String before = browser.sessionId();

        HttpResponse<String> response = browser.signIn(account.getUsername(), PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/workspace");
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/workspace/organisation").statusCode()).isEqualTo(200);
        assertThat(accounts.findByUsername(account.getUsername()).orElseThrow().getLastLoginAt()).isNotNull();
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAtAsc("account", account.getUsername()))
                .extracting(e -> e.getAction()).contains("login.success");
    }

    @Test
    void signInWithoutTheSessionsTokenIsRefusedAndSignsNobodyIn() {
        browser.get("/login");
        HttpResponse<String> forged = browser.signInFromAnotherSite(account.getUsername(), PASSWORD, "https://evil.example");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/workspace/organisation").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(accounts.findByUsername(account.getUsername()).orElseThrow().getLastLoginAt()).isNull();

        assertThat(new WorkspaceClient("http://localhost:" + port).signInFromAnotherSite(account.getUsername(), PASSWORD,
                "https://evil.example").statusCode()).as("nor without any session").isEqualTo(403);
    }

    @Test
    void wrongPasswordAndUnknownUserAreAnsweredAlike() {
        HttpResponse<String> wrongPassword = browser.signIn(account.getUsername(), "not-the-password-1");
        HttpResponse<String> unknownUser = new WorkspaceClient("http://localhost:" + port).signIn("nobody-" + UUID.randomUUID(), PASSWORD);

        assertThat(wrongPassword.statusCode()).isEqualTo(unknownUser.statusCode()).isEqualTo(302);
        assertThat(wrongPassword.headers().firstValue("Location")).isEqualTo(unknownUser.headers().firstValue("Location"));
        assertThat(wrongPassword.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightOneIsThenRefused() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.signIn(account.getUsername(), "wrong-password-" + attempt);
        }
        Account locked = accounts.findByUsername(account.getUsername()).orElseThrow();
        assertThat(locked.getLockedUntil()).isAfter(Instant.now().plusSeconds(14 * 60));

        HttpResponse<String> sixth = browser.signIn(account.getUsername(), PASSWORD);

        assertThat(sixth.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.get("/workspace").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAtAsc("account", account.getUsername()))
                .extracting(e -> e.getAction()).contains("login.locked", "login.refused_locked").doesNotContain("login.success");
    }

    @Test
    void unknownNamesAreLockedAfterAsManyFailuresSoLockoutRevealsNothing() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.signIn(nobody, "wrong-password-" + attempt);
        }
        browser.signIn(nobody, PASSWORD);
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAtAsc("account", nobody))
                .extracting(e -> e.getAction()).contains("login.locked", "login.refused_locked");
    }

    @Test
    void disablingTheAccountEndsItsOpenSessionAtOnce() {
        browser.signIn(account.getUsername(), PASSWORD);
        assertThat(browser.get("/workspace/organisation").statusCode()).isEqualTo(200);

        signInToServicesAs(accounts.findByUsername("admin").orElseThrow().asActor());
        accountService.setEnabled(account.getId(), false);

        HttpResponse<String> next = browser.get("/workspace/organisation");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).contains("/login");
        assertThat(browser.signIn(account.getUsername(), PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error");
    }

    @Test
    void suspendingTheOrganisationEndsItsStaffsSessions() {
        Account other = new Account("suspend-" + UUID.randomUUID().toString().substring(0, 8), "Suspended Staff",
                "staff@example.org", Role.EDITOR, organisationService.find(account.getOrganisation().getId()).orElseThrow(),
                Instant.now());
        // A separate organisation, so that other tests keep an active Moldova.
        signInToServicesAs(accounts.findByUsername("admin").orElseThrow().asActor());
        var organisation = networkOrganisations.register(new org.lastrada.portal.shared.organisations.NewOrganisation(
                "suspended-" + UUID.randomUUID().toString().substring(0, 8),
                org.lastrada.portal.shared.organisations.OrganisationKind.MEMBER, "LT",
                new org.lastrada.portal.shared.organisations.OrganisationProfile("Suspended Org", "Vilnius")));
        other.assign(Role.EDITOR, organisation);
        other.setPasswordHash(passwordEncoder.encode(PASSWORD), false);
        accounts.save(other);
        browser.signIn(other.getUsername(), PASSWORD);
        assertThat(browser.get("/workspace/organisation").statusCode()).isEqualTo(200);

        networkOrganisations.changeStatus(organisation.getId(), OrganisationStatus.SUSPENDED);

        assertThat(browser.get("/workspace/organisation").headers().firstValue("Location").orElseThrow()).contains("/login");
        assertThat(new WorkspaceClient("http://localhost:" + port).signIn(other.getUsername(), PASSWORD)
                .headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void signingOutInvalidatesTheSessionAndReturnsToThePublicSite() {
        browser.signIn(account.getUsername(), PASSWORD);
        HttpResponse<String> out = browser.signOut();

        assertThat(out.statusCode()).isEqualTo(302);
        // Relative, or on the portal's own address: never on the host the request named.
        assertThat(out.headers().firstValue("Location").orElseThrow()).matches("(http://localhost:" + port + ")?/");
        assertThat(browser.get("/workspace/organisation").headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void publicPagesCreateNoSessionAndCarrySecurityHeaders() {
        HttpResponse<String> home = browser.get("/");
        assertThat(home.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(browser.sessionId()).isNull();
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
        assertThat(home.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "geolocation=()");
        assertThat(home.headers().firstValue("Cross-Origin-Opener-Policy")).contains("same-origin");

        HttpResponse<String> login = browser.get("/login");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
        assertThat(login.headers().firstValue("Permissions-Policy")).isPresent();
        assertThat(login.headers().firstValue("Cross-Origin-Opener-Policy")).contains("same-origin");
    }

    private static void signInToServicesAs(Actor actor) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(actor.role().authority()))));
    }
}
