package org.lastrada.portal.publicsite;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/** What answers every public request before its page is rendered. */
@Configuration(proxyBeanMethods = false)
class PublicETags {

    private static final List<String> SECTIONS = List.of("/members", "/news", "/events", "/publications", "/about", "/search", "/feeds", "/api");

    /**
     * The addresses whose answers depend on the public content alone: the home page, the directory, news, network
     * pages, search, feeds and the API, in every language.
     */
    static boolean isPublicContent(HttpServletRequest request) {
        if (HomePage.matches(request) || SiteLanguage.isLanguagePage(request)) {
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
                Optional<String> current = version.etag(request);
                if (current.isEmpty()) { // the version could not be read: answered in full, without an ETag
                    chain.doFilter(request, response);
                    return;
                }
                String etag = current.get();
                String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
                if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.contains(etag.substring(2)))) {
                    response.setHeader(HttpHeaders.ETAG, etag);
                    PublicSiteController.cacheable(response);
                    if (HomePage.matches(request)) {
                        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE); // as the page itself
                    }
                    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") && request.getHeader(HttpHeaders.ORIGIN) != null) {
                        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"); // as the API's own answers (ReadApiController)
                    }
                    response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                    return;
                }
                chain.doFilter(request, new CachedOnlyWhenFound(response, etag));
            }
        });
        registration.addUrlPatterns("/*");
        registration.setOrder(1);
        return registration;
    }

    /**
     * Error answers (400, 404, 500, on every channel) are never stored by a cache: they carry {@code no-store}, and
     * neither an ETag nor the page's {@code public} Cache-Control, so nothing ever revalidates them into a 304.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> errorsAreNotCached() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilterErrorDispatch() {
                return false;
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.ERROR);
        return registration;
    }

    /**
     * Holds a page's ETag and Cache-Control until its body is written, and drops them when the answer turned out
     * to be an error (the exception is thrown after the controller declared the page cacheable).
     */
    static final class CachedOnlyWhenFound extends HttpServletResponseWrapper {

        private final String etag;
        private String cacheControl;
        private boolean applied;

        CachedOnlyWhenFound(HttpServletResponse response, String etag) {
            super(response);
            this.etag = etag;
        }

        @Override
        public void setHeader(String name, String value) {
            if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) && !applied) {
                cacheControl = value;
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            applyWhenFound();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            applyWhenFound();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            applyWhenFound();
            super.flushBuffer();
        }

        private void applyWhenFound() {
            if (applied || getStatus() >= HttpServletResponse.SC_BAD_REQUEST) {
                return;
            }
            applied = true;
            super.setHeader(HttpHeaders.ETAG, etag);
            if (cacheControl != null) {
                super.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
            }
        }
    }
}
