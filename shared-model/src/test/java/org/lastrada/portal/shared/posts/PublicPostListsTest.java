package org.lastrada.portal.shared.posts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public lists' queries return exactly what a plain reading of every post would, newest first, page after page: each
 * translation group once, by its original (the demo network has translations); the sitemap's addresses every public page.
 */
@Tag("database")
@SpringBootTest(classes = SharedModelTestApplication.class, properties = "portal.demo.enabled=true")
@Transactional
class PublicPostListsTest {

    @Autowired PostRepository posts;
    @PersistenceContext EntityManager entityManager;

    private final Instant now = Instant.now();

    @Test
    void wholeNetworkButSomeOrganisationsNewestFirst() {
        Long someOrganisation = anyPublicPost().getOrganisation().getId();
        PublicPostSelection selection = new PublicPostSelection(null, List.of(someOrganisation), null, null, null);

        assertListsExactly(selection, p -> !p.getOrganisation().getId().equals(someOrganisation));
    }

    @Test
    void namedOrganisationsWithTypeAndLanguage() {
        // The organisation, type and language most public posts of the demo network share.
        Post sample = publicPosts().stream()
                .collect(Collectors.groupingBy(p -> List.of(p.getOrganisation().getId(), p.getType(), p.getContent().getLanguage())))
                .values().stream().max(Comparator.comparingInt(List::size)).orElseThrow().get(0);
        Long organisation = sample.getOrganisation().getId();
        PublicPostSelection selection = new PublicPostSelection(List.of(organisation), null, sample.getType(),
                sample.getContent().getLanguage(), null);

        assertListsExactly(selection, p -> p.getOrganisation().getId().equals(organisation) && p.getType() == sample.getType()
                && p.getContent().getLanguage().equals(sample.getContent().getLanguage()));
    }

    /** With the demo data's few posts per tag, every tag is rare: its list starts from its own post_tag rows. */
    @Test
    void aTagMatchesWholeTagsOnlyAndItsCharactersLiterally() {
        assertTagListsExactly(posts);
    }

    /** The same lists read the other way, as a common tag's are: each post met in the list's order looked up in post_tag. */
    @Test
    void aTagMetWhileWalkingTheListMatchesTheSame() {
        assertTagListsExactly(everyTagCommon());
    }

    private PublicPostLists everyTagCommon() {
        return new PublicPostListsImpl(entityManager, 0);
    }

    private void assertTagListsExactly(PublicPostLists lists) {
        String tag = commonestTag();
        assertListsExactly(lists, new PublicPostSelection(null, null, null, null, tag), p -> p.getContent().getTags().contains(tag), 2);
        Post tagged = publicPosts().stream().filter(p -> p.getContent().getTags().contains(tag)).findFirst().orElseThrow();
        Long organisation = tagged.getOrganisation().getId();
        assertListsExactly(lists, new PublicPostSelection(List.of(organisation), null, null, null, tag),
                p -> p.getOrganisation().getId().equals(organisation) && p.getContent().getTags().contains(tag), 1);
        for (String notATag : List.of("%", "_", tag.substring(0, tag.length() - 1), tag + ",%", "no-post-has-this-tag")) {
            PublicPostSelection selection = new PublicPostSelection(null, null, null, null, notATag);
            assertThat(lists.findPublicIds(now, selection, PageRequest.of(0, 100))).as(notATag).isEmpty();
            assertThat(lists.countPublic(now, selection)).as(notATag).isZero();
        }
    }

    private String commonestTag() {
        return publicPosts().stream().flatMap(p -> p.getContent().getTags().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void postsOfTheSameMomentAreNeitherSkippedNorRepeatedByKeysetPages() {
        List<Long> some = publicPosts().stream().limit(3).map(Post::getId).toList();
        assertThat(some).hasSize(3);
        entityManager.createNativeQuery("update post set published_at = :moment where id in (:ids)")
                .setParameter("moment", now.minusSeconds(3_600)).setParameter("ids", some).executeUpdate();
        entityManager.clear();

        assertListsExactly(new PublicPostSelection(null, null, null, null, null), p -> true);
    }

    @Test
    void taggedPostsOfTheSameMomentAreNeitherSkippedNorRepeatedEitherWay() {
        String tag = commonestTag();
        List<Long> some = publicPosts().stream().filter(p -> p.getContent().getTags().contains(tag)).limit(3).map(Post::getId).toList();
        assertThat(some).hasSize(3);
        entityManager.createNativeQuery("update post set published_at = :moment where id in (:ids)")
                .setParameter("moment", now.minusSeconds(3_600)).setParameter("ids", some).executeUpdate();
        entityManager.clear();

        PublicPostSelection selection = new PublicPostSelection(null, null, null, null, tag);
        assertListsExactly(posts, selection, p -> p.getContent().getTags().contains(tag), 3);
        assertListsExactly(everyTagCommon(), selection, p -> p.getContent().getTags().contains(tag), 3);
    }

    @Test
    void listKeysReadBackFromTheirLinkTokenOnly() {
        PostListKey key = new PostListKey(Instant.parse("2025-03-01T10:15:30.123456Z"), 42);
        assertThat(PostListKey.parse(key.token())).contains(key);
        assertThat(PostListKey.parse(new PostListKey(Instant.parse("1969-12-31T23:59:59Z"), 7).token()))
                .contains(new PostListKey(Instant.parse("1969-12-31T23:59:59Z"), 7));
        for (String notAKey : List.of("", "42", "abc-1", "1-", "1-2-3", "1 - 2", "99999999999999999999-1", "1-99999999999999999999")) {
            assertThat(PostListKey.parse(notAKey)).as(notAKey).isEmpty();
        }
    }

    @Test
    void noOrganisationsSelectNothing() {
        assertThat(new PublicPostSelection(List.of(), null, null, null, null).selectsNothing()).isTrue();
        assertThat(new PublicPostSelection(null, List.of(), null, null, null).selectsNothing()).isFalse();
    }

    private void assertListsExactly(PublicPostSelection selection, Predicate<Post> shown) {
        assertListsExactly(posts, selection, shown, 2);
    }

    /**
     * Every page of size 2 in turn, keyset pages both ways, the slugs of the first page and the count agree with the
     * expected posts (at least {@code atLeast} of them, for the test to mean anything).
     */
    private void assertListsExactly(PublicPostLists lists, PublicPostSelection selection, Predicate<Post> shown, int atLeast) {
        List<Post> expected = publicPosts().stream().filter(shown)
                .sorted(Comparator.comparing(Post::getPublishedAt).thenComparing(Post::getId).reversed())
                .toList();
        assertThat(expected).as("the demo data must have such posts for the test to mean anything").hasSizeGreaterThanOrEqualTo(atLeast);

        List<Long> paged = new ArrayList<>();
        for (int page = 0; page * 2 < expected.size() + 2; page++) {
            paged.addAll(lists.findPublicIds(now, selection, PageRequest.of(page, 2)));
        }
        List<Long> expectedIds = expected.stream().map(Post::getId).toList();
        assertThat(paged).containsExactlyElementsOf(expectedIds);

        // Keyset pages: "Older" from the first page to the end, then "Newer" from the last post back to the start.
        Map<Long, Post> byId = expected.stream().collect(Collectors.toMap(Post::getId, Function.identity()));
        List<Long> older = new ArrayList<>(lists.findPublicIds(now, selection, PageRequest.of(0, 2)));
        for (List<Long> next; !(next = lists.findPublicIdsNextTo(now, selection, key(byId.get(older.get(older.size() - 1))), true, 2))
                .isEmpty(); ) {
            older.addAll(next);
        }
        assertThat(older).containsExactlyElementsOf(expectedIds);
        List<Long> newer = new ArrayList<>(List.of(expectedIds.get(expectedIds.size() - 1)));
        for (List<Long> next; !(next = lists.findPublicIdsNextTo(now, selection, key(byId.get(newer.get(0))), false, 2)).isEmpty(); ) {
            assertThat(next).hasSizeLessThanOrEqualTo(2);
            newer.addAll(0, next);
        }
        assertThat(newer).containsExactlyElementsOf(expectedIds);

        List<String> expectedAddresses = publicPages().stream().filter(shown)
                .sorted(Comparator.comparing(Post::getPublishedAt).thenComparing(Post::getId).reversed())
                .limit(3).map(Post::getSlug).toList();
        assertThat(lists.findPublicAddresses(now, selection, PageRequest.of(0, 3))).extracting(PublicPostAddress::slug)
                .containsExactlyElementsOf(expectedAddresses);
        assertThat(lists.countPublic(now, selection)).isEqualTo(expected.size());
    }

    private static PostListKey key(Post post) {
        return new PostListKey(post.getPublishedAt(), post.getId());
    }

    /** The public posts a list shows: originals (a translation is found through its original). */
    private List<Post> publicPosts() {
        return publicPages().stream().filter(p -> !p.isTranslation()).toList();
    }

    /** Every public post, translations too: each has a page of its own. */
    private List<Post> publicPages() {
        return posts.findAll().stream()
                .filter(p -> p.getStatus() == PostStatus.PUBLISHED && !p.getPublishedAt().isAfter(now))
                .toList();
    }

    @Test
    void searchExcerptsAreThePublicPostsWithTheOpeningsOfTheirBodies() {
        // A body longer than an opening, to be cut between words (the demo posts are short).
        Post longer = publicPosts().stream().filter(p -> p.getOrganisation().getStatus() == OrganisationStatus.ACTIVE).findFirst().orElseThrow();
        String longBody = "Shelters across the region. ".repeat(100);
        longer.getContent().setBody(longBody);
        entityManager.flush();
        List<Post> all = posts.findAll();
        Map<Long, PublicPostExcerpt> excerpts = posts.findPublicExcerptsByIdIn(all.stream().map(Post::getId).toList(), now).stream()
                .collect(Collectors.toMap(PublicPostExcerpt::id, Function.identity()));

        assertThat(excerpts.keySet()).containsExactlyInAnyOrderElementsOf(publicPages().stream()
                .filter(p -> p.getOrganisation().getStatus() == OrganisationStatus.ACTIVE).map(Post::getId).toList());
        String opening = excerpts.get(longer.getId()).opening();
        assertThat(opening).hasSizeBetween(PostContent.OPENING_LENGTH / 2, PostContent.OPENING_LENGTH);
        assertThat(longBody).as("cut between words").startsWith(opening + " ");
        for (PublicPostExcerpt excerpt : excerpts.values()) {
            Post post = all.stream().filter(p -> p.getId().equals(excerpt.id())).findFirst().orElseThrow();
            assertThat(excerpt).isEqualTo(new PublicPostExcerpt(post.getId(), post.getSlug(), post.getType(), post.getTitle(),
                    post.getContent().getSummary(), post.getContent().getOpening(), post.getContent().getLanguage(),
                    post.getPublishedAt(), post.getOrganisation().getProfile().getName()));
        }
    }

    @Test
    void theDemoNetworkHasTranslationsForTheseListsToLeaveOut() {
        assertThat(publicPages()).anyMatch(Post::isTranslation);
    }

    private Post anyPublicPost() {
        return publicPosts().stream().findFirst().orElseThrow();
    }
}
