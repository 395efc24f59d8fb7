package org.lastrada.portal.security;

import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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

    KeycloakSignIn(KeycloakAccountLinker accountLinker) {
        this.accountLinker = accountLinker;
    }

    void configure(HttpSecurity http) throws Exception {
        // A refused sign-in (no organisation, disabled account) is shown on the login view, not sent back to Keycloak.
        http.oauth2Login(login -> login
                .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error"))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accountLinker)));
    }
}
