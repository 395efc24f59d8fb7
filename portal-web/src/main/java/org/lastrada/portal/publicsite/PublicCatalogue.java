package org.lastrada.portal.publicsite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    private final MemberOrganisationRepository organisations;
    private final PostRepository posts;
    private final NetworkPageRepository pages;
    private final Clock clock;
    private final Map<NewsFilter, CachedCount> counts = new ConcurrentHashMap<>();

    private record CachedCount(long count, Instant countedAt) {
    }

    static final Duration COUNT_TTL = Duration.ofSeconds(30);
    /** No organisation has this id: "except none". */
    private static final Long NO_ORGANISATION = -1L;
    private static final int MAX_CACHED_COUNTS = 1_000;

    PublicCatalogue(MemberOrganisationRepository organisations, PostRepository posts, NetworkPageRepository pages, Clock clock) {
        this.organisations = organisations;
        this.posts = posts;
        this.pages = pages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MemberOrganisation> members(String country, ServiceArea service, String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return organisations.findByStatusOrderByProfileNameAsc(OrganisationStatus.ACTIVE).stream()
                .filter(o -> country == null || o.getCountryCode().equals(country))
                .filter(o -> service == null || o.getProfile().getServices().contains(service))
                .filter(o -> needle.isEmpty() || o.getName().toLowerCase(Locale.ROOT).contains(needle)
                        || o.getProfile().getCity().toLowerCase(Locale.ROOT).contains(needle)
                        || (o.getProfile().getShortDescription() != null
                        && o.getProfile().getShortDescription().toLowerCase(Locale.ROOT).contains(needle)))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<MemberOrganisation> member(String slug) {
        return organisations.findBySlug(slug).filter(MemberOrganisation::isActive);
    }

    /** A page of the news list with its total (the total may be up to {@link #COUNT_TTL} old; the page itself never is). */
    @Transactional(readOnly = true)
    public Page<Post> news(NewsFilter filter, int page, int size) {
        Instant now = clock.instant();
        Selection selection = select(filter);
        PageRequest request = PageRequest.of(page, size);
        List<Post> content = posts(now, selection, filter, request);
        return new PageImpl<>(content, request, countPublic(now, selection, filter));
    }

    /** The newest posts matching the filter, without counting them all (home page, member pages, feeds). */
    @Transactional(readOnly = true)
    public List<Post> latest(NewsFilter filter, int size) {
        return posts(clock.instant(), select(filter), filter, PageRequest.of(0, size));
    }

    /** The addresses (slugs) of the newest public posts, for the sitemap. */
    @Transactional(readOnly = true)
    public List<String> latestSlugs(int size) {
        return posts.findPublicSlugsExcept(clock.instant(), select(NewsFilter.NONE).excluded(), PageRequest.of(0, size));
    }

    /**
     * Whose posts a list shows: a few named organisations (a member, a country), or the whole network but its
     * inactive organisations. Either way the organisations are read in one small query (about fifty rows).
     */
    private record Selection(List<Long> included, List<Long> excluded) {
        boolean nothing() {
            return included != null && included.isEmpty();
        }
    }

    private Selection select(NewsFilter filter) {
        List<MemberOrganisationRepository.ListKey> keys = organisations.findListKeys();
        if (filter.organisation() == null && filter.country() == null) {
            List<Long> inactive = keys.stream().filter(o -> !o.active()).map(MemberOrganisationRepository.ListKey::id).toList();
            return new Selection(null, inactive.isEmpty() ? List.of(NO_ORGANISATION) : inactive);
        }
        return new Selection(keys.stream()
                .filter(MemberOrganisationRepository.ListKey::active)
                .filter(o -> filter.organisation() == null || o.slug().equals(filter.organisation()))
                .filter(o -> filter.country() == null || o.countryCode().equals(filter.country()))
                .map(MemberOrganisationRepository.ListKey::id)
                .toList(), null);
    }

    private List<Post> posts(Instant now, Selection selection, NewsFilter filter, PageRequest request) {
        if (selection.nothing()) {
            return List.of();
        }
        List<Long> ids = selection.included() != null
                ? posts.findPublicIdsOf(now, selection.included(), filter.type(), filter.language(), filter.tag(), request)
                : posts.findPublicIdsExcept(now, selection.excluded(), filter.type(), filter.language(), filter.tag(), request);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Post> loaded = posts.findWithOrganisationByIdIn(ids).stream()
                .collect(Collectors.toMap(Post::getId, Function.identity()));
        return ids.stream().map(loaded::get).filter(Objects::nonNull).toList();
    }

    /** Counting every public post on every list request would cost more than the page itself; a short-lived count does not. */
    private long countPublic(Instant now, Selection selection, NewsFilter filter) {
        if (selection.nothing()) {
            return 0;
        }
        CachedCount cached = counts.get(filter);
        if (cached != null && cached.countedAt().plus(COUNT_TTL).isAfter(now)) {
            return cached.count();
        }
        long count = selection.included() != null
                ? posts.countPublicOf(now, selection.included(), filter.type(), filter.language(), filter.tag())
                : posts.countPublicExcept(now, selection.excluded(), filter.type(), filter.language(), filter.tag());
        if (counts.size() >= MAX_CACHED_COUNTS) {
            counts.clear();
        }
        counts.put(filter, new CachedCount(count, now));
        return count;
    }

    @Transactional(readOnly = true)
    public Optional<Post> post(String slug) {
        return posts.findPublicBySlug(slug, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<NetworkPage> pages() {
        return pages.findAllByOrderByPositionAscTitleAsc();
    }

    @Transactional(readOnly = true)
    public Optional<NetworkPage> page(String slug) {
        return pages.findBySlug(slug);
    }
}
