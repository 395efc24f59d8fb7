package org.lastrada.portal.security;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Prometheus endpoint for the monitoring system: HTTP basic with its own credential
 * (PORTAL_METRICS_USERNAME / PORTAL_METRICS_PASSWORD), no session; refused to everyone while no password is set.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurity {

    static final String ROLE = "METRICS";

    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, PasswordEncoder encoder, @Value("${portal.metrics.username:metrics}") String username,
                                @Value("${portal.metrics.password:}") String password) throws Exception {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        if (!password.isBlank()) {
            users.createUser(User.withUsername(username).password(encoder.encode(password)).roles(ROLE).build());
        }
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ROLE))
                .httpBasic(basic -> basic.realmName("LSI portal metrics"))
                .authenticationManager(new ProviderManager(List.of(provider)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
