package org.lastrada.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.profiles.ProfileRevisionRepository;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.testing.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** The portal as its users meet it, through Debian's Chromium only: sign-in rules and the profile review. */
@EnabledIf(value = "org.lastrada.portal.testing.Browser#available", disabledReason = "No Chromium at /usr/bin/chromium")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JourneysIT {

    private static Browser browser;

    @LocalServerPort int port;
    @Autowired AccountRepository accounts;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired ProfileRevisionRepository profileRevisions;
    @Autowired PasswordEncoder passwordEncoder;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
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

    @Test
    void editorChangesTheProfileAndTheModeratorApprovesItThePublicSeesItOnlyThen() throws Exception {
        Page editor = browser.page(1280, 900);
        signIn(editor, "netherlands.editor", "Strada-Demo-2026");
        editor.waitForURL("**/workspace/organisation");
        String description = "Helpline, social assistance and advocacy in Amsterdam " + UUID.randomUUID().toString().substring(0, 6);
        editor.getByLabel("Short description", new Page.GetByLabelOptions().setExact(true)).fill(description);
        editor.getByText("Shelter", new Page.GetByTextOptions().setExact(true)).click();
        Path logo = Files.createTempFile("logo", ".png");
        BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Files.write(logo, png.toByteArray());
        editor.locator("vaadin-upload input[type='file']").setInputFiles(logo);
        editor.locator("img[alt^='Logo of']").first().waitFor();
        editor.locator("vaadin-button").getByText("Send changes for review").click();
        editor.getByText("Sent for review").first().waitFor();

        Page visitor = browser.page(1280, 900);
        visitor.navigate(url("/members/la-strada-netherlands"));
        assertThat(visitor.content()).doesNotContain(description);

        Page moderator = browser.page(1280, 900);
        signIn(moderator, "moderator", "Strada-Demo-2026");
        moderator.waitForURL("**/workspace/moderation");
        moderator.locator("vaadin-grid-cell-content").getByText("Profile change").first().waitFor();
        Long change = profileRevisions.findByOpenForOrganisationId(
                organisations.findBySlug("la-strada-netherlands").orElseThrow().getId()).orElseThrow().getId();
        moderator.navigate(url("/workspace/moderation/profile-change/" + change));
        moderator.locator("ins").first().waitFor();
        assertThat(moderator.locator("ins").allTextContents()).anyMatch(text -> text.contains("Helpline"));
        moderator.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("journey-review-profile-change")));
        moderator.locator("vaadin-button").getByText("Approve").click();
        moderator.waitForURL("**/workspace/moderation");

        // A fresh visitor: the first one's browser may keep the page for a minute (Cache-Control: max-age=60).
        visitor = browser.page(1280, 900);
        visitor.navigate(url("/members/la-strada-netherlands"));
        assertThat(visitor.content()).contains(description, "Shelter");
        assertThat(visitor.locator("img.organisation-logo").count()).isEqualTo(1);
        visitor.navigate(url("/api/v1/members/la-strada-netherlands"));
        assertThat(visitor.content()).contains(description, "shelter");
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
