package org.lastrada.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lastrada.portal.testing.Requires.Prerequisite.KEYCLOAK;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.testing.Requires;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in through a real Keycloak (started by .ci/run with deploy/keycloak/ imported): the browser's
 * redirects are followed by hand, Keycloak's own login form is posted, and the portal account is
 * checked for its role and organisation. Sign-out must end the Keycloak session too.
 */
@Requires(KEYCLOAK)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "server.port=${PORTAL_TEST_KEYCLOAK_PORTAL_PORT:18081}",
        "spring.security.oauth2.client.provider.keycloak.issuer-uri=${PORTAL_TEST_KEYCLOAK_URL}/realms/lsi",
        "spring.security.oauth2.client.registration.keycloak.client-secret=${PORTAL_TEST_KEYCLOAK_CLIENT_SECRET}"})
@ActiveProfiles({"test", "keycloak"})
class KeycloakSignInIT {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String PORTAL = "http://localhost:" + System.getenv().getOrDefault("PORTAL_TEST_KEYCLOAK_PORTAL_PORT", "18081");

    @Autowired AccountRepository accounts;
    @Autowired TransactionTemplate transaction;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * Browsers treat http://127.0.0.1 as a secure context and send Keycloak's Secure cookies there; Java's
     * cookie manager sends them over https only, so on loopback the Secure flag is dropped.
     */
    private static final class LoopbackCookies extends CookieManager {
        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            Map<String, List<String>> headers = new HashMap<>();
            responseHeaders.forEach((name, values) -> headers.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList() : values));
            super.put(uri, headers);
        }
    }

    @Test
    void editorSignsInThroughKeycloakWithRoleAndOrganisationAndSignsOutOfBoth() {
        HttpResponse<String> loginPage = follow(get(PORTAL + "/workspace"));
        assertThat(loginPage.uri().toString()).startsWith(System.getenv("PORTAL_TEST_KEYCLOAK_URL") + "/realms/lsi/");

        HttpResponse<String> landed = follow(postLoginForm(loginPage, "poland.editor", "Strada-Demo-2026"));

        assertThat(landed.uri().getPath()).as(Jsoup.parse(landed.body()).text()).isEqualTo("/workspace");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(get(PORTAL + "/workspace/organisation").statusCode()).isEqualTo(200);
        Account account = transaction.execute(s -> {
            Account a = accounts.findByUsername("poland.editor").orElseThrow();
            a.getOrganisation().getSlug();
            return a;
        });
        assertThat(account.getExternalSubject()).isNotBlank();
        assertThat(account.getRole()).isEqualTo(Role.EDITOR);
        assertThat(account.getOrganisation().getSlug()).isEqualTo("la-strada-poland");

        HttpResponse<String> afterSignOut = follow(signOut(landed));
        assertThat(afterSignOut.uri().toString()).isEqualTo(PORTAL + "/");

        // Both sessions are gone: the workspace sends us to Keycloak, and Keycloak asks for the password again.
        HttpResponse<String> again = follow(get(PORTAL + "/workspace"));
        assertThat(again.uri().toString()).startsWith(System.getenv("PORTAL_TEST_KEYCLOAK_URL"));
        assertThat(Jsoup.parse(again.body()).selectFirst("form#kc-form-login")).isNotNull();
    }

    @Test
    void memberRoleWithoutOrganisationIsRefusedWithAMessageAndNoAccount() {
        HttpResponse<String> loginPage = follow(get(PORTAL + "/workspace"));
        HttpResponse<String> refused = follow(postLoginForm(loginPage, "unassigned.editor", "Strada-Demo-2026"));

        assertThat(refused.uri().toString()).isEqualTo(PORTAL + "/login?error");
        assertThat(accounts.findByUsername("unassigned.editor")).isEmpty();
        assertThat(follow(get(PORTAL + "/workspace/organisation")).uri().toString()).doesNotStartWith(PORTAL + "/workspace");
    }

    private HttpResponse<String> postLoginForm(HttpResponse<String> loginPage, String username, String password) {
        Element form = Jsoup.parse(loginPage.body(), loginPage.uri().toString()).selectFirst("form#kc-form-login");
        assertThat(form).as("Keycloak's login form").isNotNull();
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&credentialId=";
        return send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> signOut(HttpResponse<String> workspacePage) {
        Matcher csrf = CSRF.matcher(workspacePage.body());
        assertThat(csrf.find()).isTrue();
        return send(HttpRequest.newBuilder(URI.create(PORTAL + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf.group(1)))).build());
    }

    private HttpResponse<String> get(String url) {
        // Like a browser: Spring Security redirects to sign-in only requests that accept HTML.
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/xhtml+xml").GET().build());
    }

    /** Follows redirects as a browser would, across the portal and Keycloak. */
    private HttpResponse<String> follow(HttpResponse<String> response) {
        for (int hops = 0; hops < 15 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = get(next.toString());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
