package org.lastrada.portal.publicsite;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lastrada.portal.shared.posts.EventKind;
import org.lastrada.portal.shared.posts.PostListKey;
import org.lastrada.portal.shared.posts.PostType;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads and checks the list filters shared by the news and events pages, the feeds, the calendars and the API; bad values
 * are a 400 with the reason.
 */
public final class NewsQuery {

    public static final int MAX_PAGE = 10_000;

    private NewsQuery() {
    }

    public static PublicCatalogue.NewsFilter filter(String type, String organisation, String country, String language, String tag) {
        PostType postType = null;
        if (type != null && !type.isBlank()) {
            try {
                postType = PostType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw PublicRefusal.badRequest("site.error.unknown-type", type);
            }
        }
        return new PublicCatalogue.NewsFilter(postType, slug(organisation), countryCode(country), lower(language), blank(tag));
    }

    /** The events filter: an unknown organisation or country finds nothing, an unknown kind of event is a 400. */
    public static PublicCatalogue.EventFilter eventFilter(String organisation, String country, String kind) {
        EventKind eventKind = blank(kind) == null ? null : EventKind.fromCode(kind).orElseThrow(() -> PublicRefusal.badRequest(
                "site.error.unknown-event-kind", kind, Arrays.stream(EventKind.values()).map(EventKind::code).collect(Collectors.joining(", "))));
        return new PublicCatalogue.EventFilter(slug(organisation), countryCode(country), eventKind);
    }

    /** The library's filter: an unknown organisation, language or tag finds nothing; a year that is none is a 400. */
    public static PublicationLibrary.Filter publicationFilter(String organisation, String language, String tag, String year) {
        Integer publishedIn = null;
        if (blank(year) != null) {
            try {
                publishedIn = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
                throw PublicRefusal.badRequest("site.error.year", year);
            }
            if (publishedIn < 1900 || publishedIn > 9998) {
                throw PublicRefusal.badRequest("site.error.year", year);
            }
        }
        return new PublicationLibrary.Filter(slug(organisation), lower(language), blank(tag), publishedIn);
    }

    /** A country code as typed, in upper case as stored (any case finds it), or null when none is given. */
    public static String countryCode(String country) {
        return blank(country) == null ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    /** An organisation's slug as typed, in lower case as stored (any case finds it), or null when none is given. */
    public static String slug(String organisation) {
        return lower(organisation);
    }

    /** A page number from 1 to {@link #MAX_PAGE}. */
    public static int page(String page) {
        try {
            int number = Integer.parseInt(page.strip());
            if (number < 1 || number > MAX_PAGE) {
                throw PublicRefusal.badRequest("site.error.page-range", MAX_PAGE);
            }
            return number;
        } catch (NumberFormatException e) {
            throw PublicRefusal.badRequest("site.error.page-not-number");
        }
    }

    /**
     * Where a news page starts: its number, and the post an "Older" ({@code before}) or "Newer" ({@code after}) link
     * carries, if any.
     */
    public static PublicCatalogue.NewsPosition position(String page, String before, String after) {
        int number = page(page);
        boolean hasBefore = before != null && !before.isBlank();
        boolean hasAfter = after != null && !after.isBlank();
        if (hasBefore && hasAfter) {
            throw PublicRefusal.badRequest("site.error.before-and-after");
        }
        if (!hasBefore && !hasAfter) {
            return PublicCatalogue.NewsPosition.page(number);
        }
        PostListKey key = PostListKey.parse(hasBefore ? before : after)
                .orElseThrow(() -> PublicRefusal.badRequest("site.error.bad-position"));
        return new PublicCatalogue.NewsPosition(number, key, hasBefore);
    }

    private static String lower(String value) {
        return blank(value) == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
