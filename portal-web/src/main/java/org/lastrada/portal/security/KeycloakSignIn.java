package org.lastrada.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lastrada.portal.publicsite.PublicRefusal;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in through Keycloak (profile {@code keycloak}) with Spring Security's OAuth2 client, which replaces
 * the deprecated Keycloak adapters. Logout is RP-initiated: it ends the Keycloak session too.
 */
@Component
@Profile("keycloak")
class KeycloakSignIn {

    static final String LOGIN_PAGE = "/oauth2/authorization/keycloak";

    private final KeycloakAccountLinker accountLinker;
    private final KeycloakConnection keycloak;

    KeycloakSignIn(KeycloakAccountLinker accountLinker, KeycloakConnection keycloak) {
        this.accountLinker = accountLinker;
        this.keycloak = keycloak;
    }

    void configure(HttpSecurity http) throws Exception {
        // PKCE on top of the client secret, as the realm requires (and OAuth 2.1 recommends).
        var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(keycloak,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        // A refused sign-in (no organisation, disabled account) is shown on the login view, not sent back to Keycloak.
        http.oauth2Login(login -> login
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error"))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accountLinker)));
        http.addFilterBefore(new SignInUnavailable(keycloak), OAuth2AuthorizationRequestRedirectFilter.class);
    }

    /**
     * Before someone is sent to Keycloak: if it does not answer, the portal's own page says so (503, with the reason
     * written for people) and nothing else happens; people already signed in are not affected (their session holds
     * who they are; nothing asks Keycloak again until they sign out).
     */
    private static final class SignInUnavailable extends OncePerRequestFilter {

        private final KeycloakConnection keycloak;

        SignInUnavailable(KeycloakConnection keycloak) {
            this.keycloak = keycloak;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().equals(request.getContextPath() + LOGIN_PAGE);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (keycloak.answers()) {
                chain.doFilter(request, response);
                return;
            }
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, PublicRefusal.unavailable("site.error.sign-in-unavailable"));
            response.setHeader(HttpHeaders.RETRY_AFTER, "60");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
