package org.lastrada.portal.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.lastrada.portal.shared.jpa.DatabaseUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.server.ResponseStatusException;

/**
 * A public request that cannot be answered (400 with the reason, 404, 503), its reason a message of the bundles: the error
 * page says it in the page's language ("/pl/news?page=x" in Polish), the API in English.
 */
public class PublicRefusal extends ResponseStatusException {

    private static final Logger log = LoggerFactory.getLogger(PublicRefusal.class);

    private final String messageKey;
    private final transient Object[] arguments;

    private PublicRefusal(HttpStatus status, String messageKey, Object... arguments) {
        super(status, messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public static PublicRefusal badRequest(String messageKey, Object... arguments) {
        return new PublicRefusal(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }

    public static PublicRefusal notFound(String messageKey, Object... arguments) {
        return new PublicRefusal(HttpStatus.NOT_FOUND, messageKey, arguments);
    }

    /** Something the portal relies on (Keycloak for signing in) does not answer now. */
    public static PublicRefusal unavailable(String messageKey, Object... arguments) {
        return new PublicRefusal(HttpStatus.SERVICE_UNAVAILABLE, messageKey, arguments);
    }

    /** The error attributes (the error page's and the API's JSON "message") with a refusal's reason written out. */
    @Configuration(proxyBeanMethods = false)
    static class Reasons {

        @Bean
        DefaultErrorAttributes errorAttributes(MessageSource messages) {
            return new DefaultErrorAttributes() {
                @Override
                public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
                    Map<String, Object> attributes = super.getErrorAttributes(request, options);
                    if (!attributes.containsKey("message")) {
                        return attributes;
                    }
                    Throwable error = getError(request);
                    if (error instanceof PublicRefusal refusal) {
                        attributes.put("message", messages.getMessage(refusal.messageKey, refusal.arguments, LocaleContextHolder.getLocale()));
                    } else if (error != null && DatabaseUnreachable.causedBy(error)) {
                        attributes.put("message", messages.getMessage("site.error.database-unavailable", null, LocaleContextHolder.getLocale()));
                    } else if (Integer.valueOf(404).equals(attributes.get("status"))) {
                        // Spring's own 404 reasons name its internals ("No static resource ..."); people read this one.
                        attributes.put("message", messages.getMessage("site.error.no-address", null, LocaleContextHolder.getLocale()));
                    }
                    return attributes;
                }
            };
        }

        /**
         * A page, feed or API answer that could not reach the database (stopped, restarting, no connection free within
         * the pool's wait): 503 with Retry-After and the reason in the page's language, never a 500 and a stack trace.
         */
        @Bean
        HandlerExceptionResolver databaseUnreachable() {
            return new DatabaseUnreachableResolver();
        }

        /** Ahead of Spring MVC's own resolvers (and of any @ExceptionHandler written later): the 503 is the answer. */
        private static final class DatabaseUnreachableResolver implements HandlerExceptionResolver, Ordered {

            @Override
            public int getOrder() {
                return Ordered.HIGHEST_PRECEDENCE + 1; // after Spring Boot's DefaultErrorAttributes, which only records the error
            }

            @Override
            public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception error) {
                if (!DatabaseUnreachable.causedBy(error) || response.isCommitted()) {
                    return null;
                }
                try {
                    response.setHeader(HttpHeaders.RETRY_AFTER, "60");
                    response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
                } catch (IOException e) {
                    return null;
                }
                log.warn("{} {}: the database could not be reached ({})", request.getMethod(), request.getRequestURI(), error.toString());
                return new ModelAndView();
            }
        }
    }
}
