package org.lastrada.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lastrada.portal.testing.Requires.Prerequisite.CHROMIUM;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.members.profile.ProfileProposals;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.federation.FeedFetcher;
import org.lastrada.portal.shared.federation.Webhooks;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.OrganisationService;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.testing.Browser;
import org.lastrada.portal.testing.Requires;
import org.lastrada.portal.secretariat.pages.NetworkPages;
import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.pages.NetworkPageRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The workspace in a real browser: an editor signs in and sees the profile editor, the post list and a post
 * editor; a moderator reviews a profile change; an administrator reads the audit log and the statistics.
 * The screenshots it saves are the README's pictures (see the README for the command).
 */
@Requires(CHROMIUM)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkspaceScreenshotsIT {

    private static Browser browser;

    @LocalServerPort int port;
    @Autowired AccountRepository accounts;
    @Autowired NetworkPages networkPages;
    @Autowired NetworkPageRepository networkPagesRepository;
    @Autowired PostRepository posts;
    @Autowired OrganisationService organisationService;
    @Autowired ProfileProposals profileProposals;
    @Autowired MessageSource messages;
    @Autowired FeedFetcher feedFetcher;
    @Autowired Webhooks webhooks;

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

    @Test
    void secretariatReviewsAChangeAndReadsTheAuditLogAndStatistics() {
        var poland = accounts.findByUsername("poland.editor").orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(poland.asActor(), null,
                List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        Long organisationId = poland.asActor().organisationId();
        var proposed = organisationService.find(organisationId).orElseThrow().getProfile().copy();
        proposed.setShortDescription("Member of La Strada International in Poland: helpline, legal aid and social assistance "
                + "for trafficked persons, from Warsaw.");
        var change = profileProposals.propose(organisationId, profileProposals.editingBase(organisationId), proposed);
        SecurityContextHolder.clearContext();

        Page page = browser.page(1280, 900);
        signIn(page, "moderator");
        page.waitForURL("**/workspace/moderation");
        page.locator("vaadin-grid-cell-content").getByText("Profile change").first().waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("secretariat-queue")));

        page.navigate(url("/workspace/moderation/profile-change/" + change.getId()));
        page.locator("vaadin-button").getByText("Request changes").waitFor();
        assertThat(page.locator("ins").first().textContent()).isNotBlank();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("secretariat-review-diff")));

        // The network's media library: the demo's illustrations, one of them selected with its description and use.
        page.navigate(url("/workspace/media"));
        page.locator("vaadin-grid-cell-content").getByText("network.png").first().click();
        page.getByText("Selected image").waitFor();
        page.locator("img[src$='-960.jpg']").first().evaluate("image => image.decode()");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("secretariat-media-library")).setFullPage(true));

        // A draft of the home page's introduction waits beside the published text: its history and word diff.
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                accounts.findByUsername("moderator").orElseThrow().asActor(), null, List.of(new SimpleGrantedAuthority("ROLE_MODERATOR"))));
        NetworkPage introduction = networkPagesRepository.findBySlug(NetworkPage.HOME_INTRODUCTION).orElseThrow();
        networkPages.saveDraft(introduction.getSlug(), "en", introduction.getTitle(),
                introduction.getBody().replace("working together against", "working together with many partners against"),
                introduction.getPosition());
        SecurityContextHolder.clearContext();
        page.navigate(url("/workspace/pages"));
        page.locator("ins").first().waitFor();
        page.getByText("History", new Page.GetByTextOptions().setExact(true)).evaluate("heading => heading.scrollIntoView({block: 'start'})");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("secretariat-network-page-history")).setFullPage(true));

        Page admin = browser.page(1280, 900);
        signIn(admin, "admin");
        admin.navigate(url("/workspace/audit"));
        // What was done, in words, with the code the action filter takes: "Sign-in: signed in (login.success)".
        admin.locator("vaadin-grid-cell-content").getByText(Pattern.compile("\\(login\\.")).first().waitFor();
        admin.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("secretariat-audit-log")));
        admin.navigate(url("/workspace/statistics"));
        admin.getByText("Posts published per month, whole network").waitFor();
        admin.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("secretariat-statistics")).setFullPage(true));
    }

    @Test
    void membersWebsiteFeedsTheQueueAndAdministratorsKeepWebhooks() {
        // The demo subscribed La Strada Netherlands to its stand-in website's feed; read it now, as the fetcher does.
        feedFetcher.fetchDue();

        Page member = browser.page(1280, 900);
        signIn(member, "netherlands.admin");
        member.navigate(url("/workspace/feeds"));
        member.locator("vaadin-grid-cell-content").getByText("La Strada Netherlands – nieuws").first().waitFor();
        member.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("member-website-feeds")).setFullPage(true));

        Page moderator = browser.page(1280, 900);
        signIn(moderator, "moderator");
        moderator.waitForURL("**/workspace/moderation");
        Long fromWebsite = posts.findAll().stream().filter(post -> post.getSource() != null && post.getStatus() == PostStatus.SUBMITTED)
                .map(post -> post.getId()).findFirst().orElseThrow();
        moderator.navigate(url("/workspace/moderation/post/" + fromWebsite));
        moderator.getByText("Original on the website").waitFor();
        moderator.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("secretariat-review-from-website")).setFullPage(true));

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                accounts.findByUsername("admin").orElseThrow().asActor(), null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        webhooks.subscribe("Partner newsroom", "http://127.0.0.1:" + port + "/site/demo-website/receiver",
                java.util.Set.of("post.published", "post.removed"));
        SecurityContextHolder.clearContext();
        Page admin = browser.page(1280, 900);
        signIn(admin, "admin");
        admin.navigate(url("/workspace/webhooks"));
        admin.locator("vaadin-grid-cell-content").getByText("Partner newsroom").first().waitFor();
        admin.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("secretariat-webhooks")).setFullPage(true));
    }

    @Test
    void publicSiteOnADesktopAndAPhone() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("public-home", "/");
        pages.put("public-members", "/members");
        pages.put("public-member", "/members/la-strada-poland");
        pages.put("public-news", "/news?organisation=international-secretariat");
        pages.put("public-post", "/news/picum-rights-centred-approach-to-tackle-human-trafficking");
        pages.put("public-search", "/search?q=labour+exploitation");
        pages.put("public-events", "/events");
        pages.put("public-publications", "/publications");
        pages.put("public-help", "/help");
        pages.put("public-statement", "/news/statement-on-eu-anti-trafficking-day-new-eu-migration-pact-increases-risks-of-human-trafficking");
        Page phone = screenshotOnADesktopAndAPhone(pages, (page, path) -> assertThat(page.locator("a.skip-link").count()).isEqualTo(1));
        // No horizontal scrolling on a 360 px phone.
        phone.navigate(url("/news"));
        assertThat((Integer) phone.evaluate("() => document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
        // The navigation collapses behind "Menu" on a phone; opened, its links are one under the other.
        assertThat(phone.locator("nav.main-nav").isVisible()).isFalse();
        phone.locator("details.phone-menu summary").click();
        phone.locator("details.phone-menu a[href='/publications']").waitFor();
        phone.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("public-menu-phone")));
        assertThat((Integer) phone.evaluate("() => document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
    }

    @Test
    void publicSiteInPolishAndUkrainian() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("public-home-pl", "/pl/");
        pages.put("public-member-pl", "/pl/members/la-strada-poland");
        pages.put("public-home-uk", "/uk/");
        pages.put("public-news-uk", "/uk/news");
        Page phone = screenshotOnADesktopAndAPhone(pages,
                (page, path) -> assertThat(page.locator("html").getAttribute("lang")).isEqualTo(path.substring(1, 3)));
        // The language switcher opened on a phone, and it still fits the screen.
        phone.navigate(url("/uk/news"));
        phone.locator("details.languages summary").click();
        phone.locator("details.languages a[hreflang=pl]").waitFor();
        assertThat((Integer) phone.evaluate("() => document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
        phone.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("public-language-switcher-phone")));
    }

    /** Staff reading Polish and Ukrainian: their accounts' interface language chosen, the workspace in it. */
    @Test
    void workspaceInPolishAndUkrainian() {
        chooseLanguage("poland.editor", NetworkLanguage.POLISH);
        chooseLanguage("ukraine.editor", NetworkLanguage.UKRAINIAN);
        try {
            Page polish = browser.page(1280, 900);
            signIn(polish, "poland.editor");
            polish.waitForURL("**/workspace/organisation");
            polish.getByText(messages.getMessage("workspace.menu.posts", null, NetworkLanguage.POLISH.locale())).first().waitFor();
            polish.locator("vaadin-text-field").first().waitFor();
            polish.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("member-profile-editor-pl")).setFullPage(true));
            polish.navigate(url("/workspace/posts"));
            polish.locator("vaadin-grid-cell-content").first().waitFor();
            polish.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("member-post-list-pl")));
            polish.navigate(url("/workspace/organisation/translations"));
            polish.getByText(messages.getMessage("workspace.profile-translations.english", null, NetworkLanguage.POLISH.locale())).waitFor();
            polish.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("member-profile-translations-pl")).setFullPage(true));

            Page ukrainian = browser.page(1280, 900);
            signIn(ukrainian, "ukraine.editor");
            ukrainian.navigate(url("/workspace/posts"));
            ukrainian.getByText(messages.getMessage("workspace.menu.posts", null, NetworkLanguage.UKRAINIAN.locale())).first().waitFor();
            ukrainian.locator("vaadin-grid-cell-content").first().waitFor();
            ukrainian.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("member-post-list-uk")));
            Long postId = posts.findByOrganisationId(accounts.findByUsername("ukraine.editor").orElseThrow().getOrganisation().getId(),
                    Pageable.unpaged()).stream().findFirst().orElseThrow().getId();
            ukrainian.navigate(url("/workspace/posts/" + postId));
            ukrainian.locator("vaadin-text-field").first().waitFor();
            ukrainian.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("member-post-editor-uk")).setFullPage(true));
        } finally {
            chooseLanguage("poland.editor", NetworkLanguage.ENGLISH);
            chooseLanguage("ukraine.editor", NetworkLanguage.ENGLISH);
        }
    }

    /**
     * Screenshots each public page (name to path) on a 1280 px desktop and a 360 px phone ("-phone"), once its heading
     * is there and the check holds; returns the phone's page for more checks.
     */
    private Page screenshotOnADesktopAndAPhone(Map<String, String> pages, BiConsumer<Page, String> check) {
        Page desktop = browser.page(1280, 900);
        Page phone = browser.page(360, 780);
        pages.forEach((name, path) -> {
            for (Page page : List.of(desktop, phone)) {
                page.navigate(url(path));
                page.locator("main h1, main h2").first().waitFor();
                check.accept(page, path);
                page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot(name + (page == phone ? "-phone" : ""))));
            }
        });
        return phone;
    }

    private void chooseLanguage(String username, NetworkLanguage language) {
        Account account = accounts.findByUsername(username).orElseThrow();
        account.chooseInterfaceLanguage(language);
        accounts.save(account);
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
