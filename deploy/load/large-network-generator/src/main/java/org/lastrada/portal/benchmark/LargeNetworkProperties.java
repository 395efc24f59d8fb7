package org.lastrada.portal.benchmark;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Size and behaviour of the generated large network (benchmarks only).
 *
 * @param organisations    member organisations to add (a few of them suspended)
 * @param posts            posts across every state and type
 * @param accounts         accounts: editors, organisation admins, moderators and administrators
 * @param auditEvents      audit log entries
 * @param seed             seed of every random choice, so that two runs produce the same network
 * @param batchSize        rows per JDBC batch (and per transaction)
 * @param password         the password of every generated account (hashed once)
 * @param refuseAbovePosts refuse to run on a database that already holds more posts than this
 * @param imagesPerOrganisation pictures put into each organisation's media library
 * @param featuredImagePercent  share of the posts (in percent) that show one of them as featured image
 */
@ConfigurationProperties("portal.large-network")
public record LargeNetworkProperties(
        @DefaultValue("50") int organisations,
        @DefaultValue("100000") int posts,
        @DefaultValue("2000") int accounts,
        @DefaultValue("500000") int auditEvents,
        @DefaultValue("20260101") long seed,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("Strada-Demo-2026") String password,
        @DefaultValue("1000") int refuseAbovePosts,
        @DefaultValue("3") int imagesPerOrganisation,
        @DefaultValue("40") int featuredImagePercent) {

    public LargeNetworkProperties {
        if (organisations < 1 || posts < 0 || auditEvents < 0 || batchSize < 1 || imagesPerOrganisation < 0
                || featuredImagePercent < 0 || featuredImagePercent > 100) {
            throw new IllegalArgumentException("portal.large-network: organisations must be at least 1, counts not negative, "
                    + "featured-image-percent within 0..100");
        }
        if (accounts < organisations + 3) {
            throw new IllegalArgumentException("portal.large-network.accounts must be at least organisations + 3 "
                    + "(an admin per organisation, an editor, a moderator and an administrator)");
        }
    }
}
