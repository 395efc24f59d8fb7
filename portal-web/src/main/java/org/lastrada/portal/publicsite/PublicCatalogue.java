package org.lastrada.portal.publicsite;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    @Transactional(readOnly = true)
    public Page<Post> news(NewsFilter filter, int page, int size) {
        return posts.findPublic(clock.instant(), filter.type(), filter.organisation(), filter.country(), filter.language(),
                filter.tag(), PageRequest.of(page, size));
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
