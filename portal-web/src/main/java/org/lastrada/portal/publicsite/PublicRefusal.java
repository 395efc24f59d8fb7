package org.lastrada.portal.publicsite;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * A public request that cannot be answered (400 with the reason, 404, 503), its reason a message of the bundles: the error
 * page says it in the page's language ("/pl/news?page=x" in Polish), the API in English.
 */
public class PublicRefusal extends ResponseStatusException {

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
                    if (getError(request) instanceof PublicRefusal refusal) {
                        attributes.put("message", messages.getMessage(refusal.messageKey, refusal.arguments, LocaleContextHolder.getLocale()));
                    } else if (Integer.valueOf(404).equals(attributes.get("status"))) {
                        // Spring's own 404 reasons name its internals ("No static resource ..."); people read this one.
                        attributes.put("message", messages.getMessage("site.error.no-address", null, LocaleContextHolder.getLocale()));
                    }
                    return attributes;
                }
            };
        }
    }
}
