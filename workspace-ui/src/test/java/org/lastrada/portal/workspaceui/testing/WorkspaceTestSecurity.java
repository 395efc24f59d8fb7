package org.lastrada.portal.workspaceui.testing;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The workspace's security for a feature module's tests, without portal-web: Spring Security with
 * {@link VaadinSecurityConfigurer}, as portal-web's {@code SecurityConfiguration} sets it up, so Vaadin's navigation
 * access control enforces {@code @RolesAllowed} on the module's views. There is no login view in a module: a
 * refused navigation ends on Vaadin's error target. A test configuration, so component scans skip it (portal-web's
 * tests see it on their class path and must not get a second filter chain); a module's test application imports it.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class WorkspaceTestSecurity {

    @Bean
    SecurityFilterChain workspace(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> { }).build();
    }

    /** Tests sign in with {@link ViewTest#login}, never with a password (and Spring Boot makes up no user). */
    @Bean
    UserDetailsService noPasswordSignIn() {
        return username -> {
            throw new UsernameNotFoundException("Tests sign in without a password.");
        };
    }
}
