package org.lastrada.portal.publicsite;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's client talks to the server at "/" ("/?v-r=uidl", heartbeats), so Vaadin answers that path; a
 * plain GET of "/" (no {@code v-r} parameter) is handed to the public home page instead.
 */
@Configuration(proxyBeanMethods = false)
class HomePageForwarding {

    static final String HOME_HANDLER = "/site/home";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> homePageFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                        || !"/".equals(request.getRequestURI().substring(request.getContextPath().length()))
                        || request.getParameter("v-r") != null;
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                request.getRequestDispatcher(HOME_HANDLER).forward(request, response);
            }
        });
        registration.addUrlPatterns("/");
        // After Spring Security (which decides that "/" is public and session-free), before Vaadin.
        registration.setOrder(0);
        return registration;
    }
}
