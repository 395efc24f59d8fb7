package org.lastrada.portal.testing;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, headless. Playwright's own browser download is never used:
 * tests that need a browser say {@code @Requires(CHROMIUM)}.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PORTAL_TEST_CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** Whether a Chromium is installed. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    /** A fresh page (own cookies) of the given width, as a desktop or a phone would show it. */
    public Page page(int width, int height) {
        return reportingProblems(chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("en-GB")).newPage());
    }

    /** A failed journey shows why in the test's output: the page's script errors and the requests that failed. */
    private static Page reportingProblems(Page page) {
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                System.out.println("[browser console] " + message.text());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400) {
                System.out.println("[browser] " + response.status() + " " + response.request().method() + " " + response.url());
            }
        });
        page.onRequestFailed(request -> {
            if (!"net::ERR_ABORTED".equals(request.failure())) { // a navigation that replaced the page
                System.out.println("[browser] failed " + request.method() + " " + request.url() + ": " + request.failure());
            }
        });
        return page;
    }

    /** A fresh page whose scripts may be joined by the test's own (axe-core), whatever the site's Content-Security-Policy says. */
    public Page pageForInspection(int width, int height) {
        return chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("en-GB").setBypassCSP(true)).newPage();
    }

    /** Where screenshots go: SCREENSHOTS_DIR (the README's command points it at docs/screenshots), else target/. */
    public static Path screenshot(String name) {
        Path folder = Path.of(System.getenv().getOrDefault("SCREENSHOTS_DIR", "target/screenshots"));
        return folder.resolve(name + ".png");
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
