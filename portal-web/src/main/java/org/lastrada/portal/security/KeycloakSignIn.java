package org.lastrada.portal.security;

import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in through Keycloak (profile {@code keycloak}) with Spring Security's OAuth2 client, which replaces
 * the deprecated Keycloak adapters. Logout is RP-initiated: it ends the Keycloak session too.
 */
@Component
@Profile("keycloak")
class KeycloakSignIn {

    static final String LOGIN_PAGE = "/oauth2/authorization/keycloak";

    private final KeycloakAccountLinker accountLinker;
    private final ClientRegistrationRepository clientRegistrations;

    KeycloakSignIn(KeycloakAccountLinker accountLinker, ClientRegistrationRepository clientRegistrations) {
        this.accountLinker = accountLinker;
        this.clientRegistrations = clientRegistrations;
    }

    void configure(HttpSecurity http) throws Exception {
        // PKCE on top of the client secret, as the realm requires (and OAuth 2.1 recommends).
        var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(clientRegistrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        // A refused sign-in (no organisation, disabled account) is shown on the login view, not sent back to Keycloak.
        http.oauth2Login(login -> login
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error"))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accountLinker)));
    }
}
