package org.lastrada.portal.publicsite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.pages.NetworkPageRepository;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.posts.PublicPostCard;
import org.lastrada.portal.shared.posts.PublicPostSelection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the public may read, and nothing else: active organisations with their live profiles, posts
 * that are published and past their moment, and the network pages. Every public channel reads through here.
 */
@Service
public class PublicCatalogue {

    /** Filters of the news list; null fields match everything. */
    public record NewsFilter(PostType type, String organisation, String country, String language, String tag) {
        public static final NewsFilter NONE = new NewsFilter(null, null, null, null, null);
    }

    static final Duration COUNT_TTL = Duration.ofSeconds(30);
    private static final int MAX_CACHED_COUNTS = 1_000;

    private final MemberOrganisationRepository organisations;
    private final PostRepository posts;
    private final NetworkPageRepository pages;
    private final Clock clock;
    private final PublicContentVersion contentVersion;
    private volatile Snapshot snapshot;
    private final Cache<NewsFilter, Long> counts = Caffeine.newBuilder()
            .expireAfterWrite(COUNT_TTL).maximumSize(MAX_CACHED_COUNTS).build();

    PublicCatalogue(MemberOrganisationRepository organisations, PostRepository posts, NetworkPageRepository pages, Clock clock,
                    PublicContentVersion contentVersion) {
        this.organisations = organisations;
        this.posts = posts;
        this.pages = pages;
        this.clock = clock;
        this.contentVersion = contentVersion;
    }

    /** Active organisations by name, optionally of one country, offering one service, or matching a text. */
    public List<MemberOrganisation> members(String country, ServiceArea service, String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return activeOrganisations().stream()
                .filter(o -> country == null || o.getCountryCode().equals(country))
                .filter(o -> service == null || o.getProfile().getServices().contains(service))
                .filter(o -> needle.isEmpty() || o.getName().toLowerCase(Locale.ROOT).contains(needle)
                        || o.getProfile().getCity().toLowerCase(Locale.ROOT).contains(needle)
                        || (o.getProfile().getShortDescription() != null
                        && o.getProfile().getShortDescription().toLowerCase(Locale.ROOT).contains(needle)))
                .toList();
    }

    public Optional<MemberOrganisation> member(String slug) {
        return activeOrganisations().stream().filter(o -> o.getSlug().equals(slug)).findFirst();
    }

    private List<MemberOrganisation> activeOrganisations() {
        return snapshot().organisations();
    }

    /**
     * The active organisations with their live profiles (about fifty) and the network pages, which almost every
     * public page shows, read again only when the public content has changed: after a commit here, or when the
     * minute turns (which bounds how long another replica's change stays unseen, as it does for the ETags).
     */
    private Snapshot snapshot() {
        PublicContentVersion.Version current = contentVersion.current();
        Snapshot cached = snapshot;
        if (cached == null || !cached.version().equals(current)) {
            // The version is taken before reading: a change committed meanwhile makes the next request read again.
            cached = new Snapshot(current, List.copyOf(organisations.findByStatusOrderByProfileNameAsc(OrganisationStatus.ACTIVE)),
                    List.copyOf(pages.findAllByOrderByPositionAscTitleAsc()));
            snapshot = cached;
        }
        return cached;
    }

    private record Snapshot(PublicContentVersion.Version version, List<MemberOrganisation> organisations, List<NetworkPage> pages) {
    }

    /** A page of the news list with its total (the total may be up to {@link #COUNT_TTL} old; the page itself never is). */
    @Transactional(readOnly = true)
    public Page<PublicPostCard> news(NewsFilter filter, int page, int size) {
        Instant now = clock.instant();
        PublicPostSelection selection = select(filter);
        PageRequest request = PageRequest.of(page, size);
        List<PublicPostCard> content = inOrder(ids(now, selection, request), posts::findCardsByIdIn, PublicPostCard::id);
        return new PageImpl<>(content, request, countPublic(now, filter, selection));
    }

    /** The newest posts matching the filter, without counting them all (home and member pages). */
    @Transactional(readOnly = true)
    public List<PublicPostCard> latest(NewsFilter filter, int size) {
        return inOrder(ids(clock.instant(), select(filter), PageRequest.of(0, size)), posts::findCardsByIdIn, PublicPostCard::id);
    }

    /** The newest posts matching the filter with their text and organisation (feeds). */
    @Transactional(readOnly = true)
    public List<Post> latestWithText(NewsFilter filter, int size) {
        return inOrder(ids(clock.instant(), select(filter), PageRequest.of(0, size)), posts::findWithOrganisationByIdIn, Post::getId);
    }

    /** The addresses (slugs) of the newest public posts, for the sitemap. */
    @Transactional(readOnly = true)
    public List<String> latestSlugs(int size) {
        return posts.findPublicSlugs(clock.instant(), select(NewsFilter.NONE), PageRequest.of(0, size));
    }

    /**
     * Whose posts a list shows: a few named organisations (a member, a country), or the whole network but its
     * inactive organisations. Either way the organisations are read in one small query (about fifty rows).
     */
    private PublicPostSelection select(NewsFilter filter) {
        List<MemberOrganisationRepository.ListKey> keys = organisations.findListKeys();
        if (filter.organisation() == null && filter.country() == null) {
            List<Long> inactive = keys.stream().filter(o -> !o.active()).map(MemberOrganisationRepository.ListKey::id).toList();
            return new PublicPostSelection(null, inactive, filter.type(), filter.language(), filter.tag());
        }
        List<Long> included = keys.stream()
                .filter(MemberOrganisationRepository.ListKey::active)
                .filter(o -> filter.organisation() == null || o.slug().equals(filter.organisation()))
                .filter(o -> filter.country() == null || o.countryCode().equals(filter.country()))
                .map(MemberOrganisationRepository.ListKey::id)
                .toList();
        return new PublicPostSelection(included, null, filter.type(), filter.language(), filter.tag());
    }

    private List<Long> ids(Instant now, PublicPostSelection selection, PageRequest request) {
        return selection.selectsNothing() ? List.of() : posts.findPublicIds(now, selection, request);
    }

    /** Loads the rows of the given ids (in any order, one query) and returns them in the ids' order. */
    private static <T> List<T> inOrder(List<Long> ids, Function<List<Long>, List<T>> load, Function<T, Long> idOf) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, T> loaded = load.apply(ids).stream().collect(Collectors.toMap(idOf, Function.identity()));
        return ids.stream().map(loaded::get).filter(Objects::nonNull).toList();
    }

    /**
     * Counting every public post on every list request would cost more than the page itself; a short-lived count
     * does not. Requests arriving together for the same list wait for one count instead of each running their own.
     */
    private long countPublic(Instant now, NewsFilter filter, PublicPostSelection selection) {
        return selection.selectsNothing() ? 0 : counts.get(filter, f -> posts.countPublic(now, selection));
    }

    @Transactional(readOnly = true)
    public Optional<Post> post(String slug) {
        return posts.findPublicBySlug(slug, clock.instant());
    }

    /** The network pages in their order. */
    public List<NetworkPage> pages() {
        return snapshot().pages();
    }

    public Optional<NetworkPage> page(String slug) {
        return pages().stream().filter(p -> p.getSlug().equals(slug)).findFirst();
    }
}
