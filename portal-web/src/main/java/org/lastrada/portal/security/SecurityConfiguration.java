package org.lastrada.portal.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.lastrada.portal.publicsite.HomePage;
import org.lastrada.portal.publicsite.SiteLanguage;
import org.lastrada.portal.publicsite.UnknownAddresses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two front doors. The public site, feeds, API and health are served by a stateless chain that never
 * creates a session. Everything else is the Vaadin workspace: signed in, with a session that gets a new
 * id at sign-in, expires after idling, and ends at once when its account is disabled.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /** Public pages: no scripts of ours, so a strict policy. */
    static final String PUBLIC_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The workspace. Vaadin needs 'unsafe-inline' for the styles its components inject at run time and for
     * its bootstrap script, and 'unsafe-eval' because Flow runs server-sent JavaScript (executeJs, property
     * updates) through the Function constructor. Everything else is limited to this origin.
     */
    static final String WORKSPACE_CSP = "default-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Neither front door uses the device's sensors, payments or the like; nothing embedded may ask for them. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "accelerometer=(), gyroscope=(), magnetometer=(), fullscreen=(self)";

    static final RequestMatcher PUBLIC_SITE = new OrRequestMatcher(
            HomePage::matches, request -> !UnknownAddresses.isKnown(request), SiteLanguage::isLanguagePage,
            AntPathRequestMatcher.antMatcher("/members/**"), AntPathRequestMatcher.antMatcher("/members"),
            AntPathRequestMatcher.antMatcher("/news/**"), AntPathRequestMatcher.antMatcher("/news"),
            AntPathRequestMatcher.antMatcher("/events/**"), AntPathRequestMatcher.antMatcher("/events"),
            AntPathRequestMatcher.antMatcher("/publications"), AntPathRequestMatcher.antMatcher("/help"),
            AntPathRequestMatcher.antMatcher("/about/**"), AntPathRequestMatcher.antMatcher("/search"),
            AntPathRequestMatcher.antMatcher("/feeds/**"), AntPathRequestMatcher.antMatcher("/api/**"),
            AntPathRequestMatcher.antMatcher("/sitemap.xml"), AntPathRequestMatcher.antMatcher("/robots.txt"),
            AntPathRequestMatcher.antMatcher("/site/**"), AntPathRequestMatcher.antMatcher("/uploads/**"),
            AntPathRequestMatcher.antMatcher("/media/**"),
            AntPathRequestMatcher.antMatcher("/favicon.ico"),
            AntPathRequestMatcher.antMatcher("/actuator/health/**"), AntPathRequestMatcher.antMatcher("/actuator/health"),
            AntPathRequestMatcher.antMatcher("/swagger-ui/**"), AntPathRequestMatcher.antMatcher("/swagger-ui.html"),
            AntPathRequestMatcher.antMatcher("/error"));

    @Bean
    @Order(1)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        return http.securityMatcher(PUBLIC_SITE)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.requireExplicitSave(true))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                // Public pages set their own Cache-Control so browsers and proxies may cache and revalidate them.
                .headers(headers -> commonHeaders(headers).cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PUBLIC_CSP)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain workspace(HttpSecurity http, SessionRegistry sessionRegistry,
                                  ObjectProvider<KeycloakSignIn> keycloak) throws Exception {
        http.headers(headers -> commonHeaders(headers).contentSecurityPolicy(csp -> csp.policyDirectives(WORKSPACE_CSP)));
        http.sessionManagement(sessions -> sessions
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login?expired"));
        KeycloakSignIn keycloakSignIn = keycloak.getIfAvailable();
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            if (keycloakSignIn != null) {
                vaadin.oauth2LoginPage(KeycloakSignIn.LOGIN_PAGE, "{baseUrl}/");
            } else {
                vaadin.loginView(LoginView.class, "/");
            }
            vaadin.defaultSuccessUrl("/workspace");
        });
        if (keycloakSignIn != null) {
            keycloakSignIn.configure(http);
        } else {
            // Vaadin leaves its login path out of CSRF protection. Without the session's token another site could
            // sign a visitor into an account it controls (login CSRF), so the sign-in form must carry it; the
            // login form sends the token of the page's meta tags.
            CsrfFilter signInForgery = new CsrfFilter(new HttpSessionCsrfTokenRepository());
            signInForgery.setRequireCsrfProtectionMatcher(AntPathRequestMatcher.antMatcher(HttpMethod.POST, "/login"));
            http.addFilterBefore(signInForgery, UsernamePasswordAuthenticationFilter.class);
        }
        return http.build();
    }

    private static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        // nosniff, X-Frame-Options DENY and HSTS (on HTTPS requests only) are Spring Security's defaults.
        return headers.frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN));
    }

    /**
     * Spring Security would run every filter of both chains, and every authorisation, inside a Micrometer
     * observation of its own: about twenty timers per request that nothing reads (a request is timed as a whole by
     * {@code http.server.requests}) and among the JIT's longest compilations after a start. Sign-ins stay observed
     * ({@code spring.security.authentications}): they are rare, and their failures are worth a graph.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false).shouldObserveAuthorizations(false).shouldObserveAuthentications(true)
                .build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end, so it does not keep them. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
