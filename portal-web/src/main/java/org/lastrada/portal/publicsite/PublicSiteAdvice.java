package org.lastrada.portal.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every public page needs besides its content: its language and the same page in the other languages, its
 * canonical address (without filters' noise) and the picture shown when it is shared (a member page shows its logo
 * instead, see the member template).
 */
@ControllerAdvice(assignableTypes = {PublicSiteController.class, EventsController.class, PublicationsController.class})
class PublicSiteAdvice {

    static final String SHARE_CARD = "/site/share-card.png";

    /** Spring MVC's locale for every request (messages, formats, error pages): the address's language, nothing else. */
    @Bean
    static LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return SiteLanguage.of(request).locale();
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("The public site's language is chosen by its address");
            }
        };
    }

    @ModelAttribute("canonical")
    String canonical() {
        return ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).build().toUriString();
    }

    @ModelAttribute("site")
    LanguageVersions site(HttpServletRequest request) {
        return versions(request, SiteLanguage.unprefixed(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @ModelAttribute("shareImage")
    String shareImage() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(SHARE_CARD).build().toUriString();
    }

    /** The page at this English address in every language, the request's own query kept for the switcher. */
    static LanguageVersions versions(HttpServletRequest request, String englishPath) {
        return versions(request, language -> englishPath);
    }

    /** The page in every language, each at its own address (a post's translation has its own), by its English path. */
    static LanguageVersions versions(HttpServletRequest request, Function<NetworkLanguage, String> englishPath) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return new LanguageVersions(SiteLanguage.of(request), Arrays.stream(NetworkLanguage.values())
                .map(language -> new LanguageVersions.Version(language, base + SiteLanguage.in(language, englishPath.apply(language)),
                        request.getContextPath() + SiteLanguage.in(language, englishPath.apply(language)) + query))
                .toList(), base + englishPath.apply(NetworkLanguage.ENGLISH));
    }
}
