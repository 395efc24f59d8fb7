package org.lastrada.portal.shared.federation;

import java.time.Clock;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.posts.PostType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo network's subscription to a member's own website feed: La Strada Netherlands' stand-in website feed, which
 * the demo portal serves itself at {@link #PATH} (see portal-web's DemoWebsiteFeed), read on this machine.
 */
@Component
public class DemoFeeds {

    public static final String PATH = "/site/demo-website/feed.xml";
    static final String MEMBER = "la-strada-netherlands";

    private final MemberFeedRepository feeds;
    private final MemberOrganisationRepository organisations;
    private final FederationProperties properties;
    private final Clock clock;

    DemoFeeds(MemberFeedRepository feeds, MemberOrganisationRepository organisations, FederationProperties properties, Clock clock) {
        this.feeds = feeds;
        this.organisations = organisations;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Subscribes the demo member to the demo feed served on this port, read at the next round; a restart on another
     * port moves the subscription there. Nothing when the member has other feeds already.
     */
    @Transactional
    public void subscribe(int port) {
        String url = "http://127.0.0.1:" + port + PATH;
        organisations.findBySlug(MEMBER).ifPresent(organisation -> {
            var existing = feeds.findByOrganisation(organisation.getId());
            existing.stream().filter(feed -> feed.getUrl().endsWith(PATH) && !feed.getUrl().equals(url))
                    .forEach(feed -> feed.moveTo(url, clock.instant()));
            if (existing.isEmpty()) {
                feeds.save(new MemberFeed(organisation, url, PostType.NEWS, "nl", properties.interval(), clock.instant()));
            }
        });
    }
}
