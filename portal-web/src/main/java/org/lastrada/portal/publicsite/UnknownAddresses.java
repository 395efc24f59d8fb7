package org.lastrada.portal.publicsite;

import com.vaadin.flow.server.HandlerHelper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An address that is neither a page of the public site nor part of the workspace gets the public site's 404
 * page: no session, the public security headers (the public chain takes such addresses, see SecurityConfiguration).
 * Without this the workspace, which owns every other address, answered it with a redirect to sign in and a new
 * session that lived for half an hour.
 */
@Configuration(proxyBeanMethods = false)
public class UnknownAddresses {

    /**
     * The first segments of the portal's own addresses: the public site, feeds, API, files and health; the workspace
     * and its sign-in; and where Vaadin serves the workspace's bundle (VAADIN/build/...), service worker and icons.
     */
    static final Set<String> KNOWN_FIRST_SEGMENTS = Set.of("", "members", "news", "events", "publications", "help", "about", "search", "feeds", "api",
            "sitemap.xml", "robots.txt", "site", "uploads", "media", "workspace-media", "favicon.ico", "actuator", "swagger-ui", "swagger-ui.html", "error",
            "workspace", "login", "logout", "oauth2", "VAADIN", "HEARTBEAT", "frontend", "themes", "icons", "images",
            "sw.js", "sw-runtime-resources-precache.js", "manifest.webmanifest", "offline.html", "offline-stub.html");

    /** Whatever else Vaadin declares it serves from the root, should a later version add to the list above. */
    private static final List<String> VAADIN_RESOURCES = Stream.concat(Arrays.stream(HandlerHelper.getPublicResources()),
            Arrays.stream(HandlerHelper.getPublicResourcesRoot())).toList();
    private static final AntPathMatcher PATTERNS = new AntPathMatcher();

    /** Whether the portal has anything at this address (the security chains use it to keep unknown ones stateless). */
    public static boolean isKnown(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int end = path.indexOf('/', 1);
        String first = path.length() <= 1 ? "" : path.substring(1, end < 0 ? path.length() : end);
        return KNOWN_FIRST_SEGMENTS.contains(first) || SiteLanguage.isLanguagePage(request) || HandlerHelper.isFrameworkInternalRequest("/*", request)
                || VAADIN_RESOURCES.stream().anyMatch(pattern -> PATTERNS.match(pattern, path));
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> unknownAddressesAreNotFound() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (isKnown(request)) {
                    chain.doFilter(request, response);
                } else {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
            }
        });
        registration.addUrlPatterns("/*");
        // After Spring Security, whose stateless public chain has answered such an address with the public site's headers;
        // before Vaadin, which would open a session to show its own "route not found".
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
