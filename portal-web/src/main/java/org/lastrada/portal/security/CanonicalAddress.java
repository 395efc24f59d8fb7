package org.lastrada.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The portal's own address, never the one a request claims. Every absolute URL (redirects, canonical links, Open
 * Graph, feed ids and links, sign-in callbacks) is built from the request, so requests are presented with the
 * scheme, host and port of {@code PORTAL_BASE_URL}; without it (a local run) with http://localhost and the port
 * the connection came in on. A {@code Host: evil.example} header reaches no page, redirect or cached answer.
 */
@Configuration(proxyBeanMethods = false)
class CanonicalAddress {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> canonicalAddressFilter(@Value("${portal.base-url:}") String baseUrl) {
        URI base = baseUrl.isBlank() ? null : URI.create(baseUrl.strip());
        if (base != null && (base.getScheme() == null || base.getHost() == null)) {
            throw new IllegalStateException("PORTAL_BASE_URL must be an absolute address such as https://portal.example.org, not '"
                    + baseUrl + "'");
        }
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(new AtPortalAddress(request, base), response);
            }
        });
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** A request as if it had been sent to the portal's own address. */
    static final class AtPortalAddress extends HttpServletRequestWrapper {

        private final String scheme;
        private final String host;
        private final int port;

        AtPortalAddress(HttpServletRequest request, URI base) {
            super(request);
            this.scheme = base == null ? "http" : base.getScheme();
            this.host = base == null ? "localhost" : base.getHost();
            this.port = base == null ? request.getLocalPort() : base.getPort() != -1 ? base.getPort()
                    : "https".equals(base.getScheme()) ? 443 : 80;
        }

        private boolean defaultPort() {
            return "https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80;
        }

        private String authority() {
            return defaultPort() ? host : host + ":" + port;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme);
        }

        @Override
        public String getServerName() {
            return host;
        }

        @Override
        public int getServerPort() {
            return port;
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(scheme).append("://").append(authority()).append(getRequestURI());
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.HOST.equalsIgnoreCase(name) ? authority() : isForwarded(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.HOST.equalsIgnoreCase(name) ? Collections.enumeration(List.of(authority()))
                    : isForwarded(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        /** Forwarded host and scheme headers describe an address; the portal's address is configured, not claimed. */
        private static boolean isForwarded(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.equals("forwarded") || lower.equals("x-forwarded-host") || lower.equals("x-forwarded-proto")
                    || lower.equals("x-forwarded-port") || lower.equals("x-forwarded-prefix");
        }
    }
}
