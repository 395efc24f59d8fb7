package org.lastrada.portal.publicsite;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/** What answers every public request before its page is rendered. */
@Configuration(proxyBeanMethods = false)
class PublicETags {

    private static final List<String> SECTIONS = List.of("/members", "/news", "/about", "/search", "/feeds", "/api");

    /**
     * The addresses whose answers depend on the public content alone: the home page, the directory, news, network
     * pages, search, feeds and the API.
     */
    static boolean isPublicContent(HttpServletRequest request) {
        if (HomePage.matches(request)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String section : SECTIONS) {
            if (path.startsWith(section) && (path.length() == section.length() || path.charAt(section.length()) == '/')) {
                return true;
            }
        }
        return false;
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
                return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) || !isPublicContent(request);
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
        registration.addUrlPatterns("/*");
        registration.setOrder(1);
        return registration;
    }
}
