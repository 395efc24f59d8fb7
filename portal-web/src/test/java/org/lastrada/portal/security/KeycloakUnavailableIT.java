package org.lastrada.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Keycloak down (profile keycloak, its address a port where nothing listens): the portal still starts and serves its
 * public site, and someone who wants to sign in is told on the portal's own page that signing in is not possible now,
 * instead of being sent to an address that does not answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.client.provider.keycloak.issuer-uri=http://127.0.0.1:9/realms/lsi",
        "spring.security.oauth2.client.registration.keycloak.client-secret=never-used"})
@ActiveProfiles({"test", "keycloak"})
class KeycloakUnavailableIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort int port;

    @Test
    void thePortalStartsAndServesItsPublicSiteWhileKeycloakIsDown() throws Exception {
        assertThat(get("/news").statusCode()).isEqualTo(200);
        assertThat(get("/members/la-strada-poland").statusCode()).isEqualTo(200);
        HttpResponse<String> workspace = get("/workspace");
        assertThat(workspace.statusCode()).isEqualTo(302);
        assertThat(workspace.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(KeycloakSignIn.LOGIN_PAGE));
    }

    @Test
    void someoneSigningInIsToldOnThePortalsOwnPageThatSigningInIsNotPossibleNow() throws Exception {
        HttpResponse<String> signIn = get(KeycloakSignIn.LOGIN_PAGE);

        assertThat(signIn.statusCode()).isEqualTo(503);
        assertThat(signIn.headers().firstValue("Location")).as("not sent to Keycloak").isEmpty();
        assertThat(signIn.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(signIn.body()).contains("<h1>This is not available right now</h1>")
                .contains("Signing in is not possible right now: the network’s sign-in service does not answer.")
                .doesNotContain("Exception").doesNotContain("127.0.0.1:9");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
