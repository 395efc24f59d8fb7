package org.lastrada.portal.publicsite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.lastrada.portal.shared.posts.PublicationCard;
import org.lastrada.portal.shared.posts.PublicationDownloads;
import org.lastrada.portal.shared.uploads.UploadStore;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The network's library: the public publications with a PDF (reports, briefings, studies), newest first, filtered by
 * organisation, language, tag and year, each with its PDF's size and how often it was downloaded.
 */
@Service
public class PublicationLibrary {

    /** The years are in UTC: a publication of New Year's night in Kyiv may count for the year before. */
    private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

    private final PublicCatalogue catalogue;
    private final PublicationDownloads downloads;
    private final UploadStore uploads;
    private final PublicContentVersion contentVersion;
    private final Clock clock;
    private final Cache<PublicContentVersion.Version, List<Integer>> years = Caffeine.newBuilder().maximumSize(4).build();

    PublicationLibrary(PublicCatalogue catalogue, PublicationDownloads downloads, UploadStore uploads,
                       PublicContentVersion contentVersion, Clock clock) {
        this.catalogue = catalogue;
        this.downloads = downloads;
        this.uploads = uploads;
        this.contentVersion = contentVersion;
        this.clock = clock;
    }

    /** Which publications the library shows; a null filter matches all. */
    public record Filter(String organisation, String language, String tag, Integer year) {
        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /** A publication in the library: its card, its PDF's size in bytes and its downloads so far. */
    public record Publication(PublicationCard card, long bytes, long downloads) {
    }

    /** One page of the library, newest first. */
    public record Page(List<Publication> publications, int number, boolean hasOlder) {
    }

    public Page page(Filter filter, int number, int size) {
        Instant from = filter.year() == null ? Instant.EPOCH : Year.of(filter.year()).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = filter.year() == null ? FAR_FUTURE : Year.of(filter.year() + 1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<PublicationCard> shown = catalogue.publications(from, until, filter.organisation(), filter.language(), filter.tag(),
                PageRequest.of(number - 1, size));
        // The row after this page's last (page "number * size" of one row), if any: there is an older page.
        boolean hasOlder = shown.size() == size && !catalogue.publications(from, until, filter.organisation(), filter.language(),
                filter.tag(), PageRequest.of(number * size, 1)).isEmpty();
        Map<Long, Long> counted = downloads.totals(shown.stream().map(PublicationCard::id).toList());
        return new Page(shown.stream().map(card -> new Publication(card, uploads.documentSize(card.attachment()).orElse(0L),
                counted.getOrDefault(card.id(), 0L))).toList(), number, hasOlder);
    }

    /** The years the library's filter offers, latest first: from the first publication's to this one. */
    public List<Integer> years() {
        return years.get(contentVersion.current(), version -> {
            int now = Year.now(clock.withZone(ZoneOffset.UTC)).getValue();
            int first = catalogue.firstPublicationMoment().map(moment -> moment.atZone(ZoneOffset.UTC).getYear()).orElse(now);
            return IntStream.rangeClosed(first, now).map(year -> now - (year - first)).boxed().toList();
        });
    }
}
