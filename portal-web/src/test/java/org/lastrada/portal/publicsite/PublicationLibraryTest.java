package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.posts.PublicationCard;
import org.lastrada.portal.shared.posts.PublicationDownloads;
import org.lastrada.portal.shared.uploads.UploadStore;
import org.springframework.data.domain.Pageable;

/** The library's pages follow each other without a gap or a repeat, and say whether an older one exists. */
class PublicationLibraryTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private final List<PublicationCard> all = LongStream.rangeClosed(1, 45).mapToObj(id -> new PublicationCard(id, "p" + id,
            "Publication " + id, null, "en", NOW.minusSeconds(3600 * id), "La Strada", "la-strada", id + ".pdf", null)).toList();
    private final PublicCatalogue catalogue = mock(PublicCatalogue.class);
    private final PublicationDownloads downloads = mock(PublicationDownloads.class);
    private final UploadStore uploads = mock(UploadStore.class);
    private final PublicationLibrary library = new PublicationLibrary(catalogue, downloads, uploads, mock(PublicContentVersion.class),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void pagesFollowEachOtherWithoutAGapAndTheLastSaysSo() {
        when(catalogue.publications(any(), any(), any(), any(), any(), any(Pageable.class))).thenAnswer(call -> {
            Pageable rows = call.getArgument(5);
            return all.stream().skip(rows.getOffset()).limit(rows.getPageSize()).toList();
        });
        when(downloads.totals(anyCollection())).thenReturn(Map.of(21L, 7L));
        when(uploads.documentSize(any())).thenReturn(Optional.of(2048L));

        PublicationLibrary.Page first = library.page(PublicationLibrary.Filter.NONE, 1, 20);
        PublicationLibrary.Page second = library.page(PublicationLibrary.Filter.NONE, 2, 20);
        PublicationLibrary.Page third = library.page(PublicationLibrary.Filter.NONE, 3, 20);

        assertThat(ids(first)).containsExactlyElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
        assertThat(ids(second)).containsExactlyElementsOf(LongStream.rangeClosed(21, 40).boxed().toList());
        assertThat(ids(third)).containsExactly(41L, 42L, 43L, 44L, 45L);
        assertThat(List.of(first.hasOlder(), second.hasOlder(), third.hasOlder())).containsExactly(true, true, false);
        assertThat(second.publications().get(0).downloads()).isEqualTo(7);
        assertThat(second.publications().get(1).downloads()).isZero();
        assertThat(second.publications().get(0).bytes()).isEqualTo(2048);
    }

    @Test
    void aFullLastPageSaysThereIsNoOlderOne() {
        when(catalogue.publications(any(), any(), any(), any(), any(), any(Pageable.class))).thenAnswer(call -> {
            Pageable rows = call.getArgument(5);
            return all.subList(0, 40).stream().skip(rows.getOffset()).limit(rows.getPageSize()).toList();
        });
        when(downloads.totals(anyCollection())).thenReturn(Map.of());
        when(uploads.documentSize(any())).thenReturn(Optional.empty());

        assertThat(library.page(PublicationLibrary.Filter.NONE, 2, 20).hasOlder()).isFalse();
        assertThat(library.page(PublicationLibrary.Filter.NONE, 2, 20).publications()).hasSize(20);
    }

    private static List<Long> ids(PublicationLibrary.Page page) {
        return page.publications().stream().map(p -> p.card().id()).toList();
    }
}
