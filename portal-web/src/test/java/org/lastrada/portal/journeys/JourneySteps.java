package org.lastrada.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.profiles.ProfileRevisionRepository;
import org.lastrada.portal.testing.Browser;

/**
 * What users do in the portal, step by step in a real browser, written once and walked with either way of
 * signing in (the portal's own form or Keycloak's). Every check is made on what a browser shows.
 */
final class JourneySteps {

    /** How a person gets into the workspace; afterwards the page shows some workspace view. */
    interface SignIn {
        void signIn(Page page, String username);
    }

    static final String DEMO_PASSWORD = "Strada-Demo-2026";
    private static final Pattern POST_EDITOR = Pattern.compile(".*/workspace/posts/(\\d+)$");

    private final Browser browser;
    private final String baseUrl;
    private final SignIn signIn;

    JourneySteps(Browser browser, String baseUrl, SignIn signIn) {
        this.browser = browser;
        this.baseUrl = baseUrl;
        this.signIn = signIn;
    }

    /** The portal's own sign-in form. */
    static SignIn portalForm(String baseUrl) {
        return (page, username) -> {
            page.navigate(baseUrl + "/login");
            page.locator("input[name='username']").fill(username);
            page.locator("input[name='password']").fill(DEMO_PASSWORD);
            page.locator("vaadin-login-form vaadin-button").first().click();
            page.waitForURL(url -> url.startsWith(baseUrl + "/workspace"));
        };
    }

    /** Keycloak's login page, reached by opening the workspace. */
    static SignIn keycloak(String baseUrl) {
        return (page, username) -> {
            page.navigate(baseUrl + "/workspace");
            page.waitForURL(url -> url.contains("/realms/lsi/"));
            page.locator("#username").fill(username);
            page.locator("#password").fill(DEMO_PASSWORD);
            page.locator("#kc-login").click();
            page.waitForURL(url -> url.startsWith(baseUrl + "/workspace"));
        };
    }

    /**
     * Journeys 1 and 2: an editor changes the description and services and uploads a logo; the public page
     * keeps the old profile until a moderator, who sees the change and its diff, approves it; then the
     * public page and the API show it.
     */
    void profileChangeIsPublicOnlyOnceApproved(String editorName, String organisationSlug, String moderatorName,
                                               MemberOrganisationRepository organisations,
                                               ProfileRevisionRepository profileRevisions) throws IOException {
        Page editor = browser.page(1280, 900);
        signIn.signIn(editor, editorName);
        editor.navigate(url("/workspace/organisation"));
        String description = "Helpline, social assistance and advocacy " + UUID.randomUUID().toString().substring(0, 6);
        editor.getByLabel("Short description", new Page.GetByLabelOptions().setExact(true)).fill(description);
        // Ticked, whatever an earlier run left: clicking a ticked box would take the service away.
        if (!editor.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Shelter").setExact(true)).isChecked()) {
            editor.getByText("Shelter", new Page.GetByTextOptions().setExact(true)).click();
        }
        editor.locator("vaadin-upload input[type='file']").setInputFiles(pngLogo());
        editor.locator("img[alt^='Logo of']").first().waitFor();
        editor.locator("vaadin-button").getByText("Send changes for review").click();
        editor.getByText("Sent for review").first().waitFor();

        Page visitor = browser.page(1280, 900);
        visitor.navigate(url("/members/" + organisationSlug));
        assertThat(visitor.content()).doesNotContain(description);

        Page moderator = browser.page(1280, 900);
        signIn.signIn(moderator, moderatorName);
        moderator.navigate(url("/workspace/moderation"));
        moderator.locator("vaadin-grid-cell-content").getByText("Profile change").first().waitFor();
        Long change = profileRevisions.findByOpenForOrganisationId(organisations.findBySlug(organisationSlug).orElseThrow().getId())
                .orElseThrow().getId();
        moderator.navigate(url("/workspace/moderation/profile-change/" + change));
        moderator.locator("ins").first().waitFor();
        assertThat(moderator.locator("ins").allTextContents()).anyMatch(text -> text.contains("Helpline"));
        moderator.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("journey-review-profile-change")));
        approve(moderator);

        // A fresh visitor: the first one's browser may keep the page for a minute (Cache-Control: max-age=60).
        visitor = browser.page(1280, 900);
        visitor.navigate(url("/members/" + organisationSlug));
        assertThat(visitor.content()).contains(description, "Shelter");
        assertThat(visitor.locator("img.organisation-logo").count()).isEqualTo(1);
        visitor.navigate(url("/api/v1/members/" + organisationSlug));
        assertThat(visitor.content()).contains(description, "shelter");
    }

    /**
     * Journey 3: an editor writes a statement and submits it; the moderator requests changes with a comment;
     * the editor sees the comment, revises and resubmits; the moderator approves; the statement is then on
     * /news, on the organisation's page, in the Atom feed and in search.
     */
    void statementGoesThroughRequestedChangesToThePublic(String editorName, String organisationSlug, String moderatorName) {
        String marker = "st" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String title = "Statement on the closure of shelter " + marker;
        String comment = "Please name the report you refer to, so readers can find it.";

        Page editor = browser.page(1280, 900);
        long postId = submitStatement(editor, editorName, title, "The network calls on the government to keep the shelter open.",
                "Closing shelter " + marker + " leaves **victims of trafficking** without a safe place, as a recent report shows.");
        Locator text = editor.getByLabel("Text (Markdown)", new Page.GetByLabelOptions().setExact(true));

        Page moderator = browser.page(1280, 900);
        signIn.signIn(moderator, moderatorName);
        moderator.navigate(url("/workspace/moderation/post/" + postId));
        moderator.getByText(title).first().waitFor();
        moderator.getByLabel("Comment for the author").fill(comment);
        moderator.locator("vaadin-button").getByText("Request changes").click();
        moderator.getByText("The author has been told").first().waitFor();

        editor.navigate(url("/workspace/posts/" + postId));
        editor.getByText(comment).first().waitFor();
        editor.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("journey-changes-requested")));
        text.fill("Closing shelter " + marker + " leaves **victims of trafficking** without a safe place, as the 2026 "
                + "report of the national rapporteur shows.");
        editor.locator("vaadin-button").getByText("Resubmit for review").click();
        editor.getByText("State: Waiting for review").first().waitFor();

        moderator.navigate(url("/workspace/moderation/post/" + postId));
        moderator.getByText("national rapporteur").first().waitFor();
        moderator.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("journey-review-statement")));
        approve(moderator);

        Page visitor = browser.page(1280, 900);
        visitor.navigate(url("/news?organisation=" + organisationSlug));
        assertThat(visitor.content()).as("/news").contains(title);
        visitor.navigate(url("/members/" + organisationSlug));
        assertThat(visitor.content()).as("organisation page").contains(title);
        visitor.navigate(url("/feeds/members/" + organisationSlug + ".atom"));
        assertThat(visitor.content()).as("Atom feed").contains(title);
        visitor.navigate(url("/feeds/news.atom"));
        assertThat(visitor.content()).as("network Atom feed").contains(title);
        visitor.navigate(url("/search?q=" + marker));
        assertThat(visitor.locator("main h3 a").allTextContents()).as("search").anyMatch(t -> t.contains(title));
        visitor.navigate(url("/search?q=" + marker));
        visitor.getByText("national rapporteur").first().waitFor();
    }

    /**
     * Journey 4: an event with a publish-at in the future; approved, it stays off the public site until then.
     * Returns the post's id so the test can move its clock and look again.
     */
    long scheduleEvent(String editorName, String moderatorName, String title, LocalDateTime publishAt) {
        Page editor = browser.page(1280, 900);
        signIn.signIn(editor, editorName);
        editor.navigate(url("/workspace/posts/new"));
        choose(editor, "Type", "Event");
        editor.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
        editor.getByLabel("Text (Markdown)", new Page.GetByLabelOptions().setExact(true))
                .fill("A training day for frontline workers on identifying victims of labour exploitation.");
        dateTime(editor, "Event starts", publishAt.plusDays(7));
        dateTime(editor, "Event ends", publishAt.plusDays(7).plusHours(6));
        editor.getByLabel("Event location", new Page.GetByLabelOptions().setExact(true)).fill("Sofia");
        dateTime(editor, "Publish at (embargo)", publishAt);
        long postId = submitNewPost(editor);

        approvePost(browser.page(1280, 900), moderatorName, postId, title);
        return postId;
    }

    /** An editor signs in on the page, writes a statement and submits it for review; returns the post's id. */
    long submitStatement(Page editor, String editorName, String title, String summary, String text) {
        signIn.signIn(editor, editorName);
        writeStatement(editor, title, summary, text);
        return submitNewPost(editor);
    }

    /** Opens a new post in the editor of a signed-in person and writes a statement there, not saved yet. */
    void writeStatement(Page editor, String title, String summary, String text) {
        editor.navigate(url("/workspace/posts/new"));
        choose(editor, "Type", "Statement");
        editor.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
        editor.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true)).fill(summary);
        editor.getByLabel("Text (Markdown)", new Page.GetByLabelOptions().setExact(true)).fill(text);
    }

    /** The editor's "Submit for review" button of a new post. */
    static Locator submitButton(Page editor) {
        return editor.locator("vaadin-button").getByText("Submit for review", new Locator.GetByTextOptions().setExact(true));
    }

    /** A moderator signs in on the page, opens the post's review and approves it. */
    void approvePost(Page moderator, String moderatorName, long postId, String title) {
        signIn.signIn(moderator, moderatorName);
        moderator.navigate(url("/workspace/moderation/post/" + postId));
        moderator.getByText(title).first().waitFor();
        approve(moderator);
    }

    /** What a visitor with a fresh browser (nothing cached) reads at that address. */
    String visit(String path) {
        Page visitor = browser.page(1280, 900);
        visitor.navigate(url(path));
        String content = visitor.content();
        visitor.context().close();
        return content;
    }

    String url(String path) {
        return baseUrl + path;
    }

    /** Submits the new post open in the editor; returns its id once the editor shows it waiting for review. */
    private static long submitNewPost(Page editor) {
        submitButton(editor).click();
        editor.waitForURL(POST_EDITOR);
        long postId = postId(editor.url());
        editor.getByText("State: Waiting for review").first().waitFor();
        return postId;
    }

    /** Approves the item open on the review screen; the moderator is sent back to the queue. */
    private static void approve(Page moderator) {
        moderator.locator("vaadin-button").getByText("Approve").click();
        moderator.waitForURL(url -> url.endsWith("/workspace/moderation"));
    }

    private static void choose(Page page, String label, String option) {
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText(label)).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }

    /** Sets a date-time picker as a person picking a date and a time does: the component's value changes. */
    private static void dateTime(Page page, String label, LocalDateTime value) {
        Locator picker = page.locator("vaadin-date-time-picker").filter(new Locator.FilterOptions().setHasText(label));
        picker.evaluate("(picker, value) => { picker.value = value; picker.dispatchEvent(new Event('change', { bubbles: true })); }",
                value.withSecond(0).withNano(0).toString());
    }

    /**
     * Journey 6: an editor uploads a phone-sized photo (over 2 MB: larger than the servlet container's default limit)
     * to the media library, sees it listed as needing a description, describes it, and the library says so.
     */
    void photoIsUploadedToTheMediaLibraryAndDescribed(String editorName) throws IOException {
        Page editor = browser.page(1280, 900);
        signIn.signIn(editor, editorName);
        editor.navigate(url("/workspace/media"));
        String name = "photo-" + UUID.randomUUID().toString().substring(0, 6) + ".jpg";
        Path photo = Files.createTempDirectory("photo").resolve(name);
        Files.write(photo, noisyJpeg(2200, 1650));
        assertThat(Files.size(photo)).isGreaterThan(2 * 1024 * 1024);
        editor.locator("vaadin-upload input[type='file']").setInputFiles(photo);
        editor.getByText(name + " is in the library").first().waitFor();
        editor.locator("vaadin-grid-cell-content").getByText(name).first().click();
        editor.getByLabel("Description (alt text)").fill("Volunteers at the information stand in the city centre");
        editor.locator("vaadin-button").getByText("Save description").click();
        editor.getByText("The description of " + name + " is saved.").first().waitFor();
    }

    /** A JPEG of random pixels: as large as a camera's photo of that size, or larger. */
    private static byte[] noisyJpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        return jpeg.toByteArray();
    }

    private static long postId(String url) {
        Matcher matcher = POST_EDITOR.matcher(url);
        assertThat(matcher.matches()).as(url).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static Path pngLogo() throws IOException {
        Path logo = Files.createTempFile("logo", ".png");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB), "png", png);
        Files.write(logo, png.toByteArray());
        return logo;
    }
}
