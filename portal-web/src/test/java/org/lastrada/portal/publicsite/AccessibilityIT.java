package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lastrada.portal.testing.Requires.Prerequisite.CHROMIUM;
import static org.lastrada.portal.testing.Requires.Prerequisite.NPM;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.testing.Browser;
import org.lastrada.portal.testing.NpmPackage;
import org.lastrada.portal.testing.Requires;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * axe-core (from the npm registry) in headless Chromium on every kind of public page, at desktop and phone
 * width: any violation of WCAG 2.2 A/AA or of axe's best practices (heading order, labelled landmarks...), of any
 * impact, fails the test, naming the rule and the elements.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Requires({CHROMIUM, NPM})
class AccessibilityIT {

    /** Pinned: the rules a page is held to change only when this does. */
    static final NpmPackage AXE_CORE = new NpmPackage("axe-core", "4.10.3", "axe.min.js");

    /** One page of every kind the public site has. */
    static final List<String> PAGES = List.of("/", "/members", "/members/la-strada-poland", "/news",
            "/news?type=statement", "/news/picum-rights-centred-approach-to-tackle-human-trafficking", "/about/vision-and-mission",
            "/about/strategic-objectives", "/search?q=trafficking", "/search", "/events", "/events/past", "/publications", "/help", "/news/no-such-post", "/nope");

    /** The same pages in every network language: "/pl/", "/pl/members", ... */
    static final List<String> PAGES_IN_EVERY_LANGUAGE = Arrays.stream(NetworkLanguage.values())
            .flatMap(language -> PAGES.stream().map(path -> language.isEnglish() ? path : language.pathPrefix() + path))
            .toList();

    private static Browser browser;
    private static Path axe;

    @LocalServerPort int port;

    @BeforeAll
    static void startBrowserWithAxe() throws Exception {
        axe = AXE_CORE.install();
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyKindOfPublicPageHasNoViolationsOnADesktop() throws IOException {
        assertNoViolations(PAGES, 1280, 900);
    }

    /** Every language on a phone, where the language switcher and longer words are hardest to fit. */
    @Test
    void everyKindOfPublicPageInEveryLanguageHasNoViolationsOnAPhone() throws IOException {
        assertNoViolations(PAGES_IN_EVERY_LANGUAGE, 360, 740);
    }

    private void assertNoViolations(List<String> pages, int width, int height) throws IOException {
        String axeScript = Files.readString(axe);
        List<String> problems = new ArrayList<>();
        for (String path : pages) {
            Page page = browser.pageForInspection(width, height);
            page.navigate("http://localhost:" + port + path);
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeScript));
            String json = (String) page.evaluate("""
                    async () => {
                      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
                      return JSON.stringify({ violations: result.violations, rulesPassed: result.passes.length });
                    }""");
            JsonNode result = new ObjectMapper().readTree(json);
            assertThat(result.path("rulesPassed").asInt()).as("axe-core checked " + path).isGreaterThan(5);
            for (JsonNode violation : result.path("violations")) {
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                problems.add(path + " [" + width + " px]: " + violation.path("id").asText() + " (" + violation.path("impact").asText()
                        + ") " + violation.path("help").asText() + " at " + targets);
            }
            page.context().close();
        }
        assertThat(problems).as("accessibility violations").isEmpty();
    }
}
