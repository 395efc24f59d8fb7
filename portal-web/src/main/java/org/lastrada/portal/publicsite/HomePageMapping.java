package org.lastrada.portal.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.ui.Model;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.handler.MatchableHandlerMapping;
import org.springframework.web.servlet.handler.RequestMatchResult;

/**
 * "/" is shared: a plain GET of it is the public home page, and Vaadin's client talks to the workspace there
 * ("/?v-r=init", "/?v-r=uidl", heartbeats), which Vaadin's own catch-all mapping must receive. A {@code @GetMapping("/")}
 * cannot express that: for any other request to a path it maps, Spring MVC answers 400 or 405 itself instead of
 * letting the next mapping try. This mapping, ahead of all others, hands plain GETs of "/" to the home page handler
 * and passes on everything else (no forward, so the request goes through the filters once).
 */
@Configuration(proxyBeanMethods = false)
class HomePageMapping {

    @Bean
    HandlerMapping homePage(PublicSiteController controller) throws NoSuchMethodException {
        Mapping mapping = new Mapping(new HandlerMethod(controller, PublicSiteController.class.getDeclaredMethod("home", Model.class,
                HttpServletRequest.class, HttpServletResponse.class)));
        mapping.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return mapping;
    }

    /**
     * Matchable, as Spring Security's introspection of the MVC mappings expects of the mapping that answers a request
     * (otherwise it throws and catches an exception on every request to "/"); it matches no patterns of its own.
     */
    private static final class Mapping extends AbstractHandlerMapping implements MatchableHandlerMapping {

        private final HandlerMethod home;

        Mapping(HandlerMethod home) {
            this.home = home;
        }

        @Override
        protected Object getHandlerInternal(HttpServletRequest request) {
            boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            return read && HomePage.matches(request) ? home : null;
        }

        @Override
        public RequestMatchResult match(HttpServletRequest request, String pattern) {
            return null;
        }
    }
}
