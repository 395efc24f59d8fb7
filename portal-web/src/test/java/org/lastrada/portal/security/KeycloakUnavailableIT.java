package org.lastrada.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;

/**
 * Keycloak down (profile keycloak, its address a port where nothing listens): the portal still starts and serves its
 * public site, and someone who wants to sign in is told on the portal's own page that signing in is not possible now,
 * instead of being sent to an address that does not answer; someone who signed in through Keycloak before it went down
 * goes on working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.client.provider.keycloak.issuer-uri=http://127.0.0.1:9/realms/lsi",
        "spring.security.oauth2.client.registration.keycloak.client-secret=never-used"})
@ActiveProfiles({"test", "keycloak"})
class KeycloakUnavailableIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort int port;
    @Autowired ServletWebServerApplicationContext server;
    @Autowired AccountRepository accounts;

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

    @Test
    void someoneSignedInThroughKeycloakBeforeItWentDownGoesOnWorking() throws Exception {
        // A session as Keycloak's sign-in leaves it (the person's account in the session's security context), made in
        // the server itself: Keycloak is down, so no sign-in could make one now.
        Actor editor = accounts.findByUsername("poland.editor").orElseThrow().asActor();
        Instant signedInAt = Instant.now().minusSeconds(600);
        OidcIdToken idToken = new OidcIdToken("id-token", signedInAt, signedInAt.plusSeconds(300), // expired: never asked again
                Map.of("sub", "keycloak-subject-of-poland-editor", "preferred_username", editor.username()));
        List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(editor.role().authority()));
        OAuth2AuthenticationToken signedIn = new OAuth2AuthenticationToken(new PortalOidcUser(editor, authorities, idToken, null),
                authorities, "keycloak");
        Context portal = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        Session session = portal.getManager().createSession(null);
        session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(signedIn));

        HttpResponse<String> workspace = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/workspace/posts"))
                .header("Accept", "text/html").header("Cookie", "JSESSIONID=" + session.getId()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(workspace.statusCode()).as("the workspace, not the sign-in page").isEqualTo(200);
        assertThat(workspace.headers().firstValue("Location")).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
