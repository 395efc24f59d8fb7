package org.lastrada.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lastrada.portal.testing.Requires.Prerequisite.CHROMIUM;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.profiles.ProfileRevisionRepository;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.testing.Browser;
import org.lastrada.portal.testing.Requires;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** The portal as its users meet it with its own sign-in form, through Debian's Chromium only. */
@Requires(CHROMIUM)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JourneysIT {

    private static Browser browser;

    @LocalServerPort int port;
    @Autowired AccountRepository accounts;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired ProfileRevisionRepository profileRevisions;
    @Autowired PostRepository posts;
    @Autowired PasswordEncoder passwordEncoder;

    private JourneySteps steps;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void prepareSteps() {
        String baseUrl = "http://localhost:" + port;
        steps = new JourneySteps(browser, baseUrl, JourneySteps.portalForm(baseUrl));
    }

    @Test
    void editorChangesTheProfileAndTheModeratorApprovesItThePublicSeesItOnlyThen() throws IOException {
        steps.profileChangeIsPublicOnlyOnceApproved("netherlands.editor", "la-strada-netherlands", "moderator", organisations,
                profileRevisions);
    }

    @Test
    void aStatementGoesThroughRequestedChangesToNewsTheOrganisationPageTheFeedAndSearch() {
        steps.statementGoesThroughRequestedChangesToThePublic("bulgaria.editor", "la-strada-bulgaria", "moderator");
    }

    @Test
    void anotherOrganisationsPostIsRefusedAndAnonymousVisitorsAreSentToSignIn() {
        Page anonymous = browser.page(1280, 900);
        anonymous.navigate(steps.url("/workspace/posts"));
        anonymous.waitForURL(url -> url.endsWith("/login"));
        anonymous.locator("vaadin-login-form").waitFor();

        Long polishPost = posts.findForOrganisation(organisations.findBySlug("la-strada-poland").orElseThrow().getId(), null, null,
                PageRequest.of(0, 1)).getContent().get(0).id();
        Page editor = browser.page(1280, 900);
        JourneySteps.portalForm(steps.url("")).signIn(editor, "czech-republic.editor");
        editor.navigate(steps.url("/workspace/posts/" + polishPost));
        editor.getByText("There is no such post in your organisation.").first().waitFor();
        assertThat(editor.content()).doesNotContain("Resubmit for review").doesNotContain("Submit changes for review");
        editor.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("journey-other-organisation-refused")));
    }

    @Test
    void anEditorUploadsALargePhotoToTheMediaLibraryAndDescribesIt() throws IOException {
        steps.photoIsUploadedToTheMediaLibraryAndDescribed("bulgaria.editor");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightOneIsThenRefusedWithTheLockoutMessage() {
        Account account = new Account("journey-" + UUID.randomUUID().toString().substring(0, 8), "Journey Editor",
                "journey@example.org", Role.EDITOR, organisations.findBySlug("la-strada-moldova").orElseThrow(), Instant.now());
        account.setPasswordHash(passwordEncoder.encode("the-right-password-9"), false);
        accounts.save(account);
        Page page = browser.page(1280, 900);
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(page, account.getUsername(), "a-wrong-password-" + attempt);
            page.waitForURL("**/login?error");
        }
        signIn(page, account.getUsername(), "the-right-password-9");
        page.waitForURL("**/login?error");
        page.getByText("this account is locked for a while").first().waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("journey-locked")));
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(steps.url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
    }
}
