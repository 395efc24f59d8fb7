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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.testing.Browser;
import org.lastrada.portal.testing.Requires;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * axe-core (from the npm registry) in headless Chromium on every kind of public page, at desktop and phone
 * width: any serious or critical WCAG 2.1 A/AA violation fails the test, naming the rule and the elements.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Requires({CHROMIUM, NPM})
class AccessibilityIT {

    /** Pinned: the rules a page is held to change only when this does. */
    static final String AXE_VERSION = "4.10.3";
    private static final Path AXE_DIR = Path.of("target", "axe-core-" + AXE_VERSION);
    private static final Path AXE = AXE_DIR.resolve("node_modules/axe-core/axe.min.js");

    private static final List<String> PAGES = List.of("/", "/members", "/members/la-strada-poland", "/news",
            "/news?type=statement", "/news/picum-rights-centred-approach-to-tackle-human-trafficking", "/about/vision-and-mission",
            "/search?q=trafficking", "/search", "/news/no-such-post");

    private static Browser browser;

    @LocalServerPort int port;

    @BeforeAll
    static void startBrowserWithAxe() throws Exception {
        if (!Files.isRegularFile(AXE)) {
            assertThat(installAxe()).as("npm install axe-core@" + AXE_VERSION).isTrue();
        }
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyKindOfPublicPageHasNoSeriousOrCriticalViolationsOnADesktop() throws IOException {
        assertNoSeriousViolations(1280, 900);
    }

    @Test
    void everyKindOfPublicPageHasNoSeriousOrCriticalViolationsOnAPhone() throws IOException {
        assertNoSeriousViolations(360, 740);
    }

    private void assertNoSeriousViolations(int width, int height) throws IOException {
        String axe = Files.readString(AXE);
        List<String> problems = new ArrayList<>();
        for (String path : PAGES) {
            Page page = browser.pageForInspection(width, height);
            page.navigate("http://localhost:" + port + path);
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
            String json = (String) page.evaluate("""
                    async () => {
                      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                      return JSON.stringify({ violations: result.violations, rulesPassed: result.passes.length });
                    }""");
            JsonNode result = new ObjectMapper().readTree(json);
            assertThat(result.path("rulesPassed").asInt()).as("axe-core checked " + path).isGreaterThan(5);
            for (JsonNode violation : result.path("violations")) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                    problems.add(path + " [" + width + " px]: " + violation.path("id").asText() + " (" + impact + ") "
                            + violation.path("help").asText() + " at " + targets);
                }
            }
            page.context().close();
        }
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    /** Installs the pinned axe-core from the npm registry into target/ (the class requires npm). */
    private static boolean installAxe() throws IOException, InterruptedException {
        Files.createDirectories(AXE_DIR);
        // npm's output goes to a file: written to this JVM's own stdout it would corrupt the test runner's channel.
        Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", AXE_DIR.toString(),
                "axe-core@" + AXE_VERSION).redirectErrorStream(true).redirectOutput(AXE_DIR.resolve("npm-install.log").toFile()).start();
        return npm.waitFor(3, TimeUnit.MINUTES) && npm.exitValue() == 0 && Files.isRegularFile(AXE);
    }
}
