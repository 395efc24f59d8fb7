package org.lastrada.portal.publicsite;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Filters in front of the public site. Vaadin's client talks to the server at "/" ("/?v-r=uidl", heartbeats), so Vaadin answers that path; a
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

    /** ETags on public pages, feeds and the API: a revalidation that finds nothing changed gets 304 and no body. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/site/home", "/members", "/members/*", "/news", "/news/*", "/about/*", "/search", "/feeds/*", "/api/*");
        registration.setOrder(1);
        // The home page is reached by a forward from "/".
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD);
        return registration;
    }
}
