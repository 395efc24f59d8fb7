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
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

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

    /**
     * ETags on public pages, feeds and the API, from the version of the public content: a revalidation that
     * finds nothing changed gets 304 and no body before any page is rendered or any query is run.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> etags(PublicContentVersion version) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilterAsyncDispatch() {
                return true;
            }

            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String etag = version.etag(request);
                response.setHeader(HttpHeaders.ETAG, etag);
                String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
                if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.contains(etag.substring(2)))) {
                    PublicSiteController.cacheable(response);
                    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") && request.getHeader(HttpHeaders.ORIGIN) != null) {
                        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"); // as the API's own answers (ReadApiController)
                    }
                    response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/site/home", "/members", "/members/*", "/news", "/news/*", "/about/*", "/search", "/feeds/*", "/api/*");
        registration.setOrder(1);
        // The home page is reached by a forward from "/".
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD);
        return registration;
    }
}
