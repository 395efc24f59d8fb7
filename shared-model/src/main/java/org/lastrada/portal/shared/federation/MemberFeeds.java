package org.lastrada.portal.shared.federation;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feeds of members' own websites the portal reads: an organisation admin keeps those of their organisation, the
 * secretariat those of any organisation, and only the secretariat trusts a feed (its items then publish without
 * review). Every change is in the audit log. A refused request changes nothing.
 */
@Service
public class MemberFeeds {

    /** The post types an item can become without more data (an event needs its date and place, which feeds lack). */
    public static final List<PostType> ITEM_TYPES = List.of(PostType.NEWS, PostType.STATEMENT, PostType.PUBLICATION);

    /** How often a feed may be read: from every quarter of an hour to once a day. */
    public static final List<Integer> INTERVAL_MINUTES = List.of(15, 30, 60, 180, 360, 1440);

    static final int MAX_FEEDS_PER_ORGANISATION = 10;

    private final MemberFeedRepository feeds;
    private final MemberFeedItemRepository items;
    private final MemberOrganisationRepository organisations;
    private final SafeHttpClient client;
    private final FederationProperties properties;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Clock clock;

    MemberFeeds(MemberFeedRepository feeds, MemberFeedItemRepository items, MemberOrganisationRepository organisations,
                SafeHttpClient client, FederationProperties properties, CurrentActor currentActor, AuditLog auditLog, Clock clock) {
        this.feeds = feeds;
        this.items = items;
        this.organisations = organisations;
        this.client = client;
        this.properties = properties;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The feeds the actor keeps: their organisation's, or for the secretariat every organisation's. */
    @Transactional(readOnly = true)
    public List<MemberFeed> list() {
        Actor actor = requireKeeper();
        return actor.isSecretariat() ? feeds.findAllWithOrganisation() : feeds.findByOrganisation(actor.organisationId());
    }

    /**
     * Registers a feed of the organisation's website, fetched at the next round. Refused with the reason on the field:
     * an address that is not http(s), that leads to a private or local address, or that the organisation has already;
     * a type an item cannot have; a language that is not a language code; an interval not offered; more than ten feeds.
     *
     * @param intervalMinutes one of {@link #INTERVAL_MINUTES}; null for the default (30 minutes unless configured)
     */
    @Transactional
    public MemberFeed register(Long organisationId, String url, PostType defaultType, String defaultLanguage, Integer intervalMinutes) {
        Actor actor = requireKeeper();
        MemberOrganisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new InvalidInputException("organisation", Message.of("workspace.refusal.no-such-organisation")));
        requireMayKeep(actor, organisation);
        URI address;
        try {
            address = client.check(url);
        } catch (RemoteProblem problem) {
            throw new InvalidInputException("url", problem.message());
        }
        String normalised = address.toString();
        if (normalised.length() > MemberFeed.URL_LENGTH) {
            throw new InvalidInputException("url", Message.of("federation.refusal.url-too-long"));
        }
        if (feeds.existsByOrganisationIdAndUrl(organisationId, normalised)) {
            throw new InvalidInputException("url", Message.of("federation.refusal.url-taken"));
        }
        if (defaultType == null || !ITEM_TYPES.contains(defaultType)) {
            throw new InvalidInputException("defaultType", Message.of("federation.refusal.type"));
        }
        String language = defaultLanguage == null ? "" : defaultLanguage.strip().toLowerCase(Locale.ROOT);
        if (!Set.of(Locale.getISOLanguages()).contains(language)) {
            throw new InvalidInputException("defaultLanguage", Message.of("federation.refusal.language"));
        }
        if (intervalMinutes != null && !INTERVAL_MINUTES.contains(intervalMinutes)) {
            throw new InvalidInputException("interval", Message.of("federation.refusal.interval"));
        }
        if (feeds.countByOrganisationId(organisationId) >= MAX_FEEDS_PER_ORGANISATION) {
            throw new InvalidInputException("url", Message.of("federation.refusal.too-many", MAX_FEEDS_PER_ORGANISATION));
        }
        Duration interval = intervalMinutes == null ? properties.interval() : Duration.ofMinutes(intervalMinutes);
        MemberFeed feed = feeds.save(new MemberFeed(organisation, normalised, defaultType, language, interval, clock.instant()));
        auditLog.record(actor, "feed.register", "feed", feed.getId(), organisationId, normalised);
        return feed;
    }

    /** The organisations whose feeds the actor may register: their own, or for the secretariat every active one. */
    @Transactional(readOnly = true)
    public List<MemberOrganisation> organisations() {
        Actor actor = requireKeeper();
        return actor.isSecretariat() ? organisations.findByStatusOrderByProfileNameAsc(OrganisationStatus.ACTIVE)
                : organisations.findById(actor.organisationId()).stream().toList();
    }

    /** The language a new feed of the organisation is likely written in: its country's network language. */
    @Transactional(readOnly = true)
    public String suggestedLanguage(Long organisationId) {
        return organisations.findById(organisationId).map(o -> NetworkLanguage.forCountry(o.getCountryCode()).code())
                .orElse(NetworkLanguage.ENGLISH.code());
    }

    /** A paused feed is not fetched; resumed, it is fetched at the next round. */
    @Transactional
    public MemberFeed setPaused(Long feedId, boolean paused) {
        Actor actor = requireKeeper();
        MemberFeed feed = feedKeptBy(actor, feedId);
        feed.setPaused(paused, clock.instant());
        auditLog.record(actor, paused ? "feed.pause" : "feed.resume", "feed", feedId, feed.getOrganisation().getId(), feed.getUrl());
        return feed;
    }

    /** Fetched at the next round (within a minute), whatever its interval or back-off say. */
    @Transactional
    public MemberFeed fetchSoon(Long feedId) {
        Actor actor = requireKeeper();
        MemberFeed feed = feedKeptBy(actor, feedId);
        feed.fetchSoon(clock.instant());
        return feed;
    }

    /** Items of a trusted feed publish without review. The secretariat's decision only. */
    @Transactional
    public MemberFeed setTrusted(Long feedId, boolean trusted) {
        Actor actor = requireKeeper();
        if (!actor.isSecretariat()) {
            throw new AccessDeniedException(actor.username() + " may not decide which feeds are trusted.");
        }
        MemberFeed feed = feedKeptBy(actor, feedId);
        feed.setTrusted(trusted);
        auditLog.record(actor, trusted ? "feed.trust" : "feed.distrust", "feed", feedId, feed.getOrganisation().getId(), feed.getUrl());
        return feed;
    }

    /** The feed is no longer read; the posts it gave stay the organisation's, and its items are never taken again. */
    @Transactional
    public void remove(Long feedId) {
        Actor actor = requireKeeper();
        MemberFeed feed = feedKeptBy(actor, feedId);
        items.forgetFeed(feedId);
        feeds.delete(feed);
        auditLog.record(actor, "feed.remove", "feed", feedId, feed.getOrganisation().getId(), feed.getUrl());
    }

    private Actor requireKeeper() {
        Actor actor = currentActor.require();
        if (actor.role() != Role.ORG_ADMIN && !actor.isSecretariat()) {
            throw new AccessDeniedException(actor.username() + " may not keep feeds.");
        }
        return actor;
    }

    private static void requireMayKeep(Actor actor, MemberOrganisation organisation) {
        if (!actor.isSecretariat() && !actor.belongsTo(organisation)) {
            throw new AccessDeniedException(actor.username() + " may not keep the feeds of " + organisation + ".");
        }
    }

    private MemberFeed feedKeptBy(Actor actor, Long feedId) {
        MemberFeed feed = feeds.findById(feedId)
                .orElseThrow(() -> new InvalidInputException("feed", Message.of("federation.refusal.no-such-feed")));
        requireMayKeep(actor, feed.getOrganisation());
        return feed;
    }
}
