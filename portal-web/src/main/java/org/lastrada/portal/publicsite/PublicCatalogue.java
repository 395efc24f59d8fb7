package org.lastrada.portal.publicsite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.lastrada.portal.shared.media.MediaImage;
import org.lastrada.portal.shared.media.MediaImageRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.organisations.ServiceArea;

import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.pages.NetworkPageRepository;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostListKey;
import org.lastrada.portal.shared.posts.PostStamp;
import org.lastrada.portal.shared.posts.PublicPostAddress;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.posts.LocalisedPostCard;
import org.lastrada.portal.shared.posts.EventKind;
import org.lastrada.portal.shared.posts.PublicEventTimes;
import org.lastrada.portal.shared.posts.PublicationCard;
import org.lastrada.portal.shared.posts.PublicPostCard;
import org.lastrada.portal.shared.posts.PublicPostExcerpt;
import org.lastrada.portal.shared.posts.PublicTranslationLink;
import org.lastrada.portal.shared.posts.PublicPostSelection;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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

    /**
     * Where a news page starts: its number (from 1) and, when it was reached by an "Older" or "Newer" link, the
     * post it continues from ({@code older}: the posts just older than {@code key}, else those just newer).
     */
    public record NewsPosition(int number, PostListKey key, boolean older) {
        public static NewsPosition page(int number) {
            return new NewsPosition(number, null, true);
        }
    }

    /** A page of the news list; {@code total} may be up to {@link #COUNT_TTL} old, the posts never are. */
    public record NewsPage(List<PublicPostCard> posts, int number, long total, int size, boolean hasOlder) {
        public int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNewer() {
            return number > 1 && !posts.isEmpty();
        }

        /** What the "Older" link carries: the last post shown. */
        public String olderKey() {
            return posts.isEmpty() ? null : PostListKey.of(posts.get(posts.size() - 1)).token();
        }

        /** What the "Newer" link carries: the first post shown. */
        public String newerKey() {
            return posts.isEmpty() ? null : PostListKey.of(posts.get(0)).token();
        }
    }

    static final Duration COUNT_TTL = Duration.ofSeconds(30);
    private static final int MAX_CACHED_COUNTS = 1_000;
    private static final Duration LANGUAGES_MAX_AGE = Duration.ofMinutes(10);

    private final MemberOrganisationRepository organisations;
    private final PostRepository posts;
    private final NetworkPageRepository pages;
    private final Clock clock;
    private final PublicContentVersion contentVersion;
    private volatile Snapshot snapshot;
    private volatile Languages languages;
    private final Object snapshotRead = new Object();
    private final Object languagesRead = new Object();
    private final Cache<NewsFilter, Long> counts = Caffeine.newBuilder()
            .expireAfterWrite(COUNT_TTL).maximumSize(MAX_CACHED_COUNTS).build();
    /**
     * The upcoming events of each list (the home page's, each member's, each filter's), per version of the public
     * content: read once per change and per minute (when events come to an end), not on every request; requests
     * arriving together wait for one read.
     */
    private final Cache<UpcomingEvents, List<PublicEvent>> upcoming = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(2)).maximumSize(MAX_CACHED_COUNTS).build();

    private record UpcomingEvents(EventFilter filter, int max, NetworkLanguage language, PublicContentVersion.Version version) {
    }

    /** Library images as pages show them, and whether each is public, per version of the public content. */
    private final Cache<VersionedImage, Optional<ShownImage>> shownImages = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(2)).maximumSize(MAX_CACHED_COUNTS).build();
    private final Cache<VersionedImage, Boolean> publicImages = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(2)).maximumSize(MAX_CACHED_COUNTS).build();
    private final MediaImageRepository images;

    private record VersionedImage(String key, PublicContentVersion.Version version) {
    }

    PublicCatalogue(MemberOrganisationRepository organisations, PostRepository posts, NetworkPageRepository pages, Clock clock,
                    PublicContentVersion contentVersion, MediaImageRepository images) {
        this.images = images;
        this.organisations = organisations;
        this.posts = posts;
        this.pages = pages;
        this.clock = clock;
        this.contentVersion = contentVersion;
    }

    /**
     * A library image as a page shows it (a post's featured image, a publication's cover), or null: no key, no such image,
     * or one that is neither described nor marked decorative.
     */
    public ShownImage image(String key) {
        if (key == null) {
            return null;
        }
        return shownImages.get(new VersionedImage(key, contentVersion.current()), k -> images.findByKey(key).filter(MediaImage::isDescribed)
                .map(image -> new ShownImage(image.size(), image.alt()))).orElse(null);
    }

    /** Whether the public may see a library image: a public post (published, of an active organisation) shows it. */
    public boolean isImagePublic(String key) {
        return publicImages.get(new VersionedImage(key, contentVersion.current()), k -> posts.isImagePublic(key, clock.instant()));
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

    /** The slugs of the organisations that are not active (suspended, left): what the public sees none of. */
    public List<String> inactiveMemberSlugs() {
        return snapshot().listKeys().stream().filter(key -> !key.active()).map(MemberOrganisationRepository.ListKey::slug).toList();
    }

    /** The active organisations' names by slug, in the directory's order: the choices of the lists' organisation filter. */
    public Map<String, String> memberNames() {
        return activeOrganisations().stream()
                .collect(Collectors.toMap(MemberOrganisation::getSlug, MemberOrganisation::getName, (a, b) -> a, LinkedHashMap::new));
    }

    public Optional<MemberOrganisation> member(String slug) {
        return activeOrganisations().stream().filter(o -> o.getSlug().equals(slug)).findFirst();
    }

    /** The International Secretariat, whose contact every page's footer gives; null if it is not active. */
    public MemberOrganisation secretariat() {
        return activeOrganisations().stream().filter(MemberOrganisation::isSecretariat).findFirst().orElse(null);
    }

    /** The logo (a generated file name) of an active organisation's live profile, for lists that name it; or null. */
    public String logo(String slug) {
        return member(slug).map(o -> o.getProfile().getLogo()).orElse(null);
    }

    private List<MemberOrganisation> activeOrganisations() {
        return snapshot().organisations();
    }

    /**
     * The active organisations with their live profiles (about fifty), every organisation's list key (id, slug,
     * country, active) and the network pages, which almost every public page shows, read again only when the public
     * content has changed (here or on another replica: see {@link PublicContentVersion}). One request thread reads;
     * the others that find the snapshot old meanwhile wait for its result rather than read the same rows again.
     */
    private Snapshot snapshot() {
        long current = contentVersion.current().changes();
        Snapshot cached = snapshot;
        // A request that came just before a change may find the snapshot already read after it: newer is fine.
        if (cached != null && cached.changes() >= current) {
            return cached;
        }
        synchronized (snapshotRead) {
            current = contentVersion.current().changes();
            cached = snapshot;
            if (cached == null || cached.changes() < current) {
                // The version is taken before reading: a change committed meanwhile makes the next request read again.
                // With their translations, so that a page in any language reads them without another query.
                List<MemberOrganisation> active = List.copyOf(organisations.findWithTranslationsByStatusOrderByProfileNameAsc(OrganisationStatus.ACTIVE));
                List<NetworkPage> published = pages.findAllWithTranslationsByOrderByPositionAscTitleAsc().stream()
                        .filter(NetworkPage::isPublished).toList();
                cached = new Snapshot(current, active, countriesOf(active), List.copyOf(organisations.findListKeys()),
                        published.stream().filter(page -> !page.isHomeIntroduction()).toList(),
                        published.stream().filter(NetworkPage::isHomeIntroduction).findFirst());
                snapshot = cached;
            }
            return cached;
        }
    }

    private record Snapshot(long changes, List<MemberOrganisation> organisations, Map<String, String> countries,
                            List<MemberOrganisationRepository.ListKey> listKeys, List<NetworkPage> pages,
                            Optional<NetworkPage> introduction) {
    }

    /**
     * The languages public posts of active organisations are written in (ISO codes, sorted), for the news filter: read
     * again after a public change, else at most every {@link #LANGUAGES_MAX_AGE} (the one query that reads a whole
     * index, so not at every turn of the minute), by one request thread while the others wait for it.
     */
    @Transactional(readOnly = true)
    public List<String> languages() {
        Languages cached = languages;
        if (cached != null && cached.currentAt(contentVersion.current().changes(), clock.instant())) {
            return cached.codes();
        }
        synchronized (languagesRead) {
            long changes = contentVersion.current().changes();
            Instant now = clock.instant();
            cached = languages;
            if (cached == null || !cached.currentAt(changes, now)) {
                Set<Long> active = activeOrganisations().stream().map(MemberOrganisation::getId).collect(Collectors.toSet());
                cached = new Languages(changes, now, posts.findPublicLanguages(now).stream()
                        .filter(pair -> active.contains(pair.organisationId()))
                        .map(PostRepository.OrganisationLanguage::language).distinct().sorted().toList());
                languages = cached;
            }
            return cached.codes();
        }
    }

    private record Languages(long changes, Instant readAt, List<String> codes) {
        boolean currentAt(long changesNow, Instant now) {
            return changes == changesNow && !readAt.plus(LANGUAGES_MAX_AGE).isBefore(now);
        }
    }

    /** The countries of the active member organisations, each once, by name: code to name (in English). */
    @Transactional(readOnly = true)
    public Map<String, String> countries() {
        return snapshot().countries();
    }

    private static Map<String, String> countriesOf(List<MemberOrganisation> organisations) {
        Map<String, String> countries = new TreeMap<>();
        organisations.forEach(o -> countries.putIfAbsent(o.getCountryCode(), o.getCountryName()));
        return Collections.unmodifiableMap(countries.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .collect(LinkedHashMap::new, (map, entry) -> map.put(entry.getKey(), entry.getValue()), Map::putAll));
    }

    /**
     * A page of the news list: by its number (a bookmark, the API), or next to the post a link carries, which reads
     * only the page's own entries of the list's index however deep the page is.
     */
    @Transactional(readOnly = true)
    public NewsPage news(NewsFilter filter, NewsPosition position, int size) {
        Instant now = clock.instant();
        PublicPostSelection selection = select(filter);
        if (selection.selectsNothing()) {
            return new NewsPage(List.of(), position.number(), 0, size, false);
        }
        long total = countPublic(now, filter, selection);
        List<Long> ids;
        boolean hasOlder;
        if (position.key() == null) {
            ids = posts.findPublicIds(now, selection, PageRequest.of(position.number() - 1, size));
            hasOlder = (long) position.number() * size < total;
        } else if (position.older()) {
            ids = posts.findPublicIdsNextTo(now, selection, position.key(), true, size + 1);
            hasOlder = ids.size() > size;
            ids = ids.subList(0, Math.min(size, ids.size()));
        } else {
            ids = posts.findPublicIdsNextTo(now, selection, position.key(), false, size);
            hasOlder = true;
        }
        return new NewsPage(inOrder(ids, posts::findCardsByIdIn, PublicPostCard::id), position.number(), total, size, hasOlder);
    }

    /** The newest posts matching the filter, without counting them all (home and member pages). */
    @Transactional(readOnly = true)
    public List<PublicPostCard> latest(NewsFilter filter, int size) {
        return inOrder(ids(clock.instant(), select(filter), PageRequest.of(0, size)), posts::findCardsByIdIn, PublicPostCard::id);
    }

    /** The stamps of the newest posts matching the filter (feeds, which keep what they rendered of each post). */
    @Transactional(readOnly = true)
    public List<PostStamp> latestStamps(NewsFilter filter, int size) {
        return inOrder(ids(clock.instant(), select(filter), PageRequest.of(0, size)), posts::findStampsByIdIn, PostStamp::id);
    }

    /** Those of the given posts the public may see, with their text and organisation, in no particular order. */
    @Transactional(readOnly = true)
    public List<Post> publicPosts(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : posts.findPublicByIdIn(ids, clock.instant());
    }

    /** Those of the given posts the public may see, as search results show them, in no particular order. */
    @Transactional(readOnly = true)
    public List<PublicPostExcerpt> publicExcerpts(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : posts.findPublicExcerptsByIdIn(ids, clock.instant());
    }

    /** The addresses of the newest public posts and when each last changed, for the sitemap. */
    @Transactional(readOnly = true)
    public List<PublicPostAddress> latestAddresses(int size) {
        return posts.findPublicAddresses(clock.instant(), select(NewsFilter.NONE), PageRequest.of(0, size));
    }

    /**
     * Whose posts a list shows: a few named organisations (a member, a country), or the whole network but its
     * inactive organisations, from the organisations' keys kept with the snapshot.
     */
    private PublicPostSelection select(NewsFilter filter) {
        List<MemberOrganisationRepository.ListKey> keys = snapshot().listKeys();
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

    /**
     * A list's posts as a reader of the language sees them: each post's public translation into that language where its
     * translation group has one, else the post itself (one query for the whole list, none when nothing needs one).
     */
    @Transactional(readOnly = true)
    public List<LocalisedPostCard> inLanguage(List<PublicPostCard> cards, NetworkLanguage language) {
        return posts.inLanguage(cards, language.code(), clock.instant());
    }

    /** The other public posts of a post's translation group (the original and its translations), for its page's links. */
    @Transactional(readOnly = true)
    public List<PublicTranslationLink> translationsOf(Post post) {
        if (!post.isTranslation()) {
            return posts.findPublicTranslations(post.getId(), clock.instant()); // the original shown is public: its translations
        }
        return posts.findPublicTranslationGroup(post.getOriginalId(), clock.instant()).stream()
                .filter(link -> !link.id().equals(post.getId())).toList();
    }

    /**
     * Which events a list shows: one organisation's (by slug), one country's organisations', or everyone's; of one kind
     * or of any.
     */
    public record EventFilter(String organisation, String country, EventKind kind) {
        public static final EventFilter NONE = new EventFilter(null, null, null);

        public static EventFilter of(MemberOrganisation organisation) {
            return new EventFilter(organisation.getSlug(), null, null);
        }
    }

    /** A public event in a language: its post as the language's lists show it, and when and where it takes place. */
    public record PublicEvent(LocalisedPostCard entry, PublicEventTimes times) {
    }

    /** One page of past events, newest first. */
    public record PastEvents(List<PublicEvent> events, int number, boolean hasOlder) {
    }

    /**
     * An event is found as still going on until its end, if it started at most this long ago: the upcoming events are
     * read from the events that started since (an index range), not from every event ever held.
     */
    static final Duration LONGEST_EVENT = Duration.ofDays(31);
    /** How far any zone's local time is from UTC at most: the queries' bounds, refined by each event's own zone. */
    private static final Duration LARGEST_ZONE_OFFSET = Duration.ofHours(14);

    /**
     * The events not over yet, soonest first: those going on now, then those to come. Not a transaction of its own: a
     * list kept is answered without one, a list read uses the repositories' read-only ones.
     */
    public List<PublicEvent> upcomingEvents(EventFilter filter, int max, NetworkLanguage language) {
        return upcoming.get(new UpcomingEvents(filter, max, language, contentVersion.current()),
                key -> readUpcomingEvents(filter, max, language));
    }

    private List<PublicEvent> readUpcomingEvents(EventFilter filter, int max, NetworkLanguage language) {
        Instant now = clock.instant();
        LocalDateTime utcNow = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        List<PublicEventTimes> upcoming = new ArrayList<>();
        // The query's bound is local time in any zone: the few events it finds that are over in their own zone are
        // passed over, and another page read should they have taken the place of ones to come.
        for (int page = 0; upcoming.size() < max; page++) {
            List<PublicEventTimes> read = posts.findPublicEventsFrom(utcNow.minus(LONGEST_EVENT), utcNow.minus(LARGEST_ZONE_OFFSET),
                    filter.organisation(), filter.country(), filter.kind(), PageRequest.of(page, max + 10));
            read.stream().filter(event -> event.isPublicAt(now) && !event.isOverAt(now)).limit(max - upcoming.size())
                    .forEach(upcoming::add);
            if (read.size() < max + 10) {
                break;
            }
        }
        return withCards(upcoming, language);
    }

    /**
     * A page of the events that are over, the latest first. The query reads events over in some zone; those not over
     * in their own, and those whose publication moment has not come, are left out (a page may show a few less).
     */
    @Transactional(readOnly = true)
    public PastEvents pastEvents(EventFilter filter, int number, int size, NetworkLanguage language) {
        Instant now = clock.instant();
        LocalDateTime before = LocalDateTime.ofInstant(now, ZoneOffset.UTC).plus(LARGEST_ZONE_OFFSET);
        List<PublicEventTimes> read = posts.findPublicEventsBefore(before, filter.organisation(), filter.country(), filter.kind(),
                PageRequest.of(number - 1, size));
        List<PublicEventTimes> over = read.stream().filter(event -> event.isPublicAt(now) && event.isOverAt(now)).toList();
        // The row after this page's last (page "number * size" of one row), if any: there is an older page.
        boolean hasOlder = read.size() == size && !posts.findPublicEventsBefore(before, filter.organisation(), filter.country(),
                filter.kind(), PageRequest.of(number * size, 1)).isEmpty();
        return new PastEvents(withCards(over, language), number, hasOlder);
    }

    private List<PublicEvent> withCards(List<PublicEventTimes> events, NetworkLanguage language) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<PublicPostCard> cards = inOrder(events.stream().map(PublicEventTimes::id).toList(), posts::findCardsByIdIn, PublicPostCard::id);
        Map<Long, LocalisedPostCard> shown = inLanguage(cards, language).stream()
                .collect(Collectors.toMap(entry -> entry.listed().id(), Function.identity()));
        return events.stream().filter(event -> shown.containsKey(event.id()))
                .map(event -> new PublicEvent(shown.get(event.id()), event)).toList();
    }

    /**
     * The public publications with a PDF published in [from, until), newest first, of one organisation, language and
     * tag when given, the rows the page asks for (the library: see {@link PublicationLibrary}).
     */
    @Transactional(readOnly = true)
    public List<PublicationCard> publications(Instant from, Instant until, String organisation, String language, String tag,
                                              Pageable rows) {
        return posts.findPublicPublications(clock.instant(), from, until, organisation, language, tag, rows);
    }

    /** When the first public publication with a PDF was published, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Instant> firstPublicationMoment() {
        return posts.findFirstPublicationMoment(clock.instant());
    }

    /** The published network pages in their navigation order. */
    public List<NetworkPage> pages() {
        return snapshot().pages();
    }

    /** The home page's introduction, once the secretariat has published one. */
    public Optional<NetworkPage> introduction() {
        return snapshot().introduction();
    }

    public Optional<NetworkPage> page(String slug) {
        return pages().stream().filter(p -> p.getSlug().equals(slug)).findFirst();
    }
}
