package org.lastrada.portal.shared.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** The public lists' queries return exactly what a plain reading of every post would, newest first, page after page. */
@SpringBootTest(classes = SharedModelTestApplication.class, properties = "portal.demo.enabled=true")
@Transactional
class PublicPostListsTest {

    @Autowired PostRepository posts;

    private final Instant now = Instant.now();

    @Test
    void wholeNetworkButSomeOrganisationsNewestFirst() {
        Long someOrganisation = anyPublicPost().getOrganisation().getId();
        PublicPostSelection selection = new PublicPostSelection(null, List.of(someOrganisation), null, null, null);

        assertListsExactly(selection, p -> !p.getOrganisation().getId().equals(someOrganisation));
    }

    @Test
    void namedOrganisationsWithTypeAndLanguage() {
        // The organisation, type and language most public posts share (other tests may have added single posts).
        Post sample = publicPosts().stream()
                .collect(Collectors.groupingBy(p -> List.of(p.getOrganisation().getId(), p.getType(), p.getContent().getLanguage())))
                .values().stream().max(Comparator.comparingInt(List::size)).orElseThrow().get(0);
        Long organisation = sample.getOrganisation().getId();
        PublicPostSelection selection = new PublicPostSelection(List.of(organisation), null, sample.getType(),
                sample.getContent().getLanguage(), null);

        assertListsExactly(selection, p -> p.getOrganisation().getId().equals(organisation) && p.getType() == sample.getType()
                && p.getContent().getLanguage().equals(sample.getContent().getLanguage()));
    }

    @Test
    void aTagMatchesWholeTagsOnlyAndItsCharactersLiterally() {
        String tag = publicPosts().stream().flatMap(p -> p.getContent().getTags().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();

        assertListsExactly(new PublicPostSelection(null, null, null, null, tag), p -> p.getContent().getTags().contains(tag));
        for (String notATag : List.of("%", "_", tag.substring(0, tag.length() - 1), tag + ",%")) {
            PublicPostSelection selection = new PublicPostSelection(null, null, null, null, notATag);
            assertThat(posts.findPublicIds(now, selection, PageRequest.of(0, 100))).as(notATag).isEmpty();
            assertThat(posts.countPublic(now, selection)).as(notATag).isZero();
        }
    }

    @Test
    void noOrganisationsSelectNothing() {
        assertThat(new PublicPostSelection(List.of(), null, null, null, null).selectsNothing()).isTrue();
        assertThat(new PublicPostSelection(null, List.of(), null, null, null).selectsNothing()).isFalse();
    }

    /** Every page of size 2 in turn, the slugs of the first page and the count agree with the expected posts. */
    private void assertListsExactly(PublicPostSelection selection, Predicate<Post> shown) {
        List<Post> expected = publicPosts().stream().filter(shown)
                .sorted(Comparator.comparing(Post::getPublishedAt).thenComparing(Post::getId).reversed())
                .toList();
        assertThat(expected).as("the demo data must have such posts for the test to mean anything").hasSizeGreaterThan(1);

        List<Long> paged = new ArrayList<>();
        for (int page = 0; page * 2 < expected.size() + 2; page++) {
            paged.addAll(posts.findPublicIds(now, selection, PageRequest.of(page, 2)));
        }
        assertThat(paged).containsExactlyElementsOf(expected.stream().map(Post::getId).toList());
        assertThat(posts.findPublicSlugs(now, selection, PageRequest.of(0, 3)))
                .containsExactlyElementsOf(expected.stream().limit(3).map(Post::getSlug).toList());
        assertThat(posts.countPublic(now, selection)).isEqualTo(expected.size());
    }

    private List<Post> publicPosts() {
        return posts.findAll().stream()
                .filter(p -> p.getStatus() == PostStatus.PUBLISHED && !p.getPublishedAt().isAfter(now))
                .toList();
    }

    private Post anyPublicPost() {
        return publicPosts().stream().findFirst().orElseThrow();
    }
}
