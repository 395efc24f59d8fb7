package org.lastrada.portal.shared.federation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reading members' own websites ({@code portal.federation.*}); see docs/operations.md, "Federation".
 *
 * @param fetch          fetch the registered feeds in the background (off: feeds are kept and fetched nowhere)
 * @param pollEvery      how often the fetcher looks for feeds whose time has come
 * @param interval       a new feed's interval between fetches
 * @param threads        feeds fetched at once, per replica (bounded, so the public site never waits for them)
 * @param connectTimeout time to connect to a website
 * @param readTimeout    longest wait for the next bytes of an answer
 * @param totalTimeout   longest time for one whole fetch, redirects included (a server sending a byte a second is cut)
 * @param maxBytes       largest feed read (after decompression); a larger answer is refused
 * @param maxRedirects   redirects followed, each to an address checked like the first
 * @param maxItems       items taken from one fetch (the newest), so one feed cannot flood the queue
 * @param allowLoopback  allow feeds on this machine (127.0.0.0/8, ::1): for tests and the local demo only, never in
 *                       production; private, link-local and metadata addresses are refused whatever this says
 * @param websubHub      the WebSub hub the portal's feeds announce ({@code rel="hub"}) and ping when they change; empty:
 *                       none
 * @param push           send the WebSub pings and webhooks waiting in the outbox (off: they wait there)
 * @param pushEvery      how often the outbox of requests is looked at
 */
@ConfigurationProperties("portal.federation")
public record FederationProperties(@DefaultValue("true") boolean fetch,
                                   @DefaultValue("60s") Duration pollEvery,
                                   @DefaultValue("30m") Duration interval,
                                   @DefaultValue("2") int threads,
                                   @DefaultValue("5s") Duration connectTimeout,
                                   @DefaultValue("10s") Duration readTimeout,
                                   @DefaultValue("30s") Duration totalTimeout,
                                   @DefaultValue("2097152") long maxBytes,
                                   @DefaultValue("3") int maxRedirects,
                                   @DefaultValue("50") int maxItems,
                                   @DefaultValue("false") boolean allowLoopback,
                                   @DefaultValue("") String websubHub,
                                   @DefaultValue("true") boolean push,
                                   @DefaultValue("10s") Duration pushEvery) {

    public boolean hasWebsubHub() {
        return websubHub != null && !websubHub.isBlank();
    }
}
