package org.lastrada.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.testing.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.ActiveProfiles;

/**
 * The member workspace in a real browser: an editor signs in, sees the profile editor, the post list and a
 * post editor. The screenshots it saves are the README's pictures (see "Screenshots" in the README).
 */
@EnabledIf(value = "org.lastrada.portal.testing.Browser#available", disabledReason = "No Chromium at /usr/bin/chromium")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkspaceScreenshotsIT {

    private static Browser browser;

    @LocalServerPort int port;
    @Autowired AccountRepository accounts;
    @Autowired PostRepository posts;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void editorWorksThroughProfilePostsAndAPostInTheBrowser() {
        Page page = browser.page(1280, 900);
        signIn(page, "poland.editor");
        page.waitForURL("**/workspace/organisation");
        page.getByText("Send changes for review").waitFor();
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).inputValue()).isEqualTo("La Strada Poland");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("member-profile-editor")).setFullPage(true));

        page.navigate(url("/workspace/posts"));
        // Other tests may have added posts (the database can be shared), so wait for any row, not a particular one.
        page.locator("vaadin-grid-cell-content").getByText(Pattern.compile("^(Published|Draft|Waiting for review)$")).first().waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("member-post-list")));

        Long postId = posts.findByOrganisationId(accounts.findByUsername("poland.editor").orElseThrow().getOrganisation().getId(),
                Pageable.unpaged()).stream().filter(p -> p.getStatus() == PostStatus.CHANGES_REQUESTED).findFirst().orElseThrow().getId();
        page.navigate(url("/workspace/posts/" + postId));
        page.getByText("Resubmit for review").waitFor();
        assertThat(page.getByText("Moderator's comment").isVisible()).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("member-post-editor")).setFullPage(true));

        Page phone = browser.page(390, 844);
        signIn(phone, "poland.editor");
        phone.waitForURL("**/workspace/organisation");
        phone.getByText("Send changes for review").waitFor();
        phone.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("member-profile-editor-phone")));
    }

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("Strada-Demo-2026");
        page.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
        page.locator("vaadin-app-layout").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
