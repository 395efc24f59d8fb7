package org.lastrada.portal.publicsite;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.springframework.http.HttpHeaders;

/**
 * The public site's language is in its address: "/news" is English, the network's language; "/pl/news" is the same
 * page in Polish, and so on for every page type (home "/pl/", members, member, news, post, about pages, search,
 * feeds). Nothing else chooses it: no cookie, no session, no header, so every address is one cacheable page.
 */
public final class SiteLanguage {

    /** The language part of a mapping: {@code @GetMapping({"/news", SiteLanguage.PREFIX + "/news"})}. */
    static final String PREFIX = "/{language:" + NetworkLanguage.PREFIXES + "}";

    /** What exists under a language prefix: the pages, not the API, files or workspace. */
    private static final Set<String> PAGES = Set.of("", "members", "news", "events", "publications", "about", "search", "feeds", "help");

    private SiteLanguage() {
    }

    /** The language of the page a request asks for (for an error page: of the address that failed). */
    public static NetworkLanguage of(HttpServletRequest request) {
        String path = path(request);
        int end = path.indexOf('/', 1);
        String first = path.length() <= 1 ? "" : path.substring(1, end < 0 ? path.length() : end);
        return first.length() == 2 ? NetworkLanguage.fromCode(first).filter(language -> !language.isEnglish())
                .orElse(NetworkLanguage.ENGLISH) : NetworkLanguage.ENGLISH;
    }

    /**
     * The network language a visitor's browser asks for first ({@code Accept-Language}), when it is not English: the
     * English home page suggests it (never more). A malformed header asks for nothing.
     */
    public static Optional<NetworkLanguage> suggested(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank() || header.length() > 500) {
            return Optional.empty();
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), NetworkLanguage.locales());
            return Optional.ofNullable(best).map(NetworkLanguage::of).filter(language -> !language.isEnglish());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** Whether the address is a page of the public site under a language prefix ("/pl/", "/uk/news/…"). */
    public static boolean isLanguagePage(HttpServletRequest request) {
        NetworkLanguage language = of(request);
        if (language.isEnglish()) {
            return false;
        }
        String rest = unprefixed(path(request));
        int end = rest.indexOf('/', 1);
        return PAGES.contains(rest.length() <= 1 ? "" : rest.substring(1, end < 0 ? rest.length() : end));
    }

    /** The address in English: "/pl/news/x" → "/news/x", "/pl/" and "/pl" → "/"; an English address as it is. */
    static String unprefixed(String path) {
        NetworkLanguage language = NetworkLanguage.fromCode(path.length() >= 3 ? path.substring(1, 3) : "").orElse(null);
        if (language == null || language.isEnglish() || path.length() > 3 && path.charAt(3) != '/') {
            return path;
        }
        return path.length() <= 4 ? "/" : path.substring(3);
    }

    /** The same page in another language: "/news" → "/pl/news", "/" → "/pl/". */
    static String in(NetworkLanguage language, String englishPath) {
        if (language.isEnglish()) {
            return englishPath;
        }
        return language.pathPrefix() + englishPath;
    }

    private static String path(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String original ? original : request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return path.isEmpty() ? "/" : path;
    }
}
