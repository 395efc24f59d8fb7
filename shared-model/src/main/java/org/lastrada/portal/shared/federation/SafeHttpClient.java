package org.lastrada.portal.shared.federation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.Locale;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Talks to the outside world (members' websites' feeds, WebSub hubs, webhook receivers), and only where it is safe: http and https only; the host's every address
 * checked before connecting (loopback, private, link-local, cloud metadata, multicast and other special ranges are
 * refused; the check sits in the connection's own name resolution, so a name that resolves differently the second
 * time gains nothing); redirects followed by hand, a few at most, each checked like the first address; time-outs for
 * connecting, for each wait, and for the whole fetch; the answer read up to a size limit; no cookies, no proxy from
 * the environment, no automatic retries. A conditional GET (ETag, Last-Modified) lets an unchanged feed answer 304.
 */
@Component
@EnableConfigurationProperties(FederationProperties.class)
public class SafeHttpClient implements DisposableBean {

    /** What a fetch brought: a new body with its validators, or nothing new (304). */
    public record Fetched(boolean notModified, byte[] body, String contentType, String etag, String lastModified, URI finalAddress) {
    }

    private static final String ACCEPT = "application/atom+xml, application/rss+xml, application/feed+json, application/rdf+xml;q=0.9, "
            + "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5";

    /** Cancels a request when its deadline passes (one daemon thread for every request of the portal). */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "remote-request-deadline");
        thread.setDaemon(true);
        return thread;
    });

    /** The web's ports; a member's website on another port is refused (its address checks alone would allow any port). */
    static final Set<Integer> WEB_PORTS = Set.of(80, 443, 8080, 8443);

    private final FederationProperties properties;
    private final AddressPolicy policy;
    private final CloseableHttpClient http;

    SafeHttpClient(FederationProperties properties) {
        this.properties = properties;
        this.policy = new AddressPolicy(properties.allowLoopback());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        // Headers are bounded too: a line that never ends, or endless headers, would fill the memory.
                        .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                                .http1Config(Http1Config.custom().setMaxLineLength(8192).setMaxHeaderCount(100).build()).build())
                        .setDnsResolver(policy)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                .setSocketTimeout(Timeout.of(properties.readTimeout()))
                                .build())
                        .setMaxConnTotal(Math.max(2, properties.threads() * 2))
                        .setMaxConnPerRoute(2)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(properties.readTimeout())).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("LSI-Network-Portal/1.0 (feed reader)")
                .build();
    }

    /** Checks an address a person typed, before it is saved: the same rules as a fetch, without fetching. */
    public URI check(String address) throws RemoteProblem {
        URI uri = parse(address);
        checkDestination(uri);
        return uri;
    }

    /** The port first (only the web's, but anything on this machine when loopback is allowed), then every address. */
    private void checkDestination(URI uri) throws RemoteProblem {
        if (uri.getPort() != -1 && !WEB_PORTS.contains(uri.getPort()) && !properties.allowLoopback()) {
            throw new RemoteProblem("refused-port", Integer.toString(uri.getPort()));
        }
        policy.check(uri.getHost());
    }

    /**
     * Fetches the feed at the address, sending the validators of the last fetch (either may be null).
     *
     * @throws RemoteProblem with the reason in plain words, for anything but a feed's body or a 304
     */
    public Fetched fetch(String address, String etag, String lastModified) throws RemoteProblem {
        long deadline = System.nanoTime() + properties.totalTimeout().toNanos();
        URI uri = parse(address);
        for (int redirects = 0; ; redirects++) {
            checkDestination(uri);
            HttpGet get = new HttpGet(uri);
            get.setHeader("Accept", ACCEPT);
            if (etag != null) {
                get.setHeader("If-None-Match", etag);
            }
            if (lastModified != null) {
                get.setHeader("If-Modified-Since", lastModified);
            }
            Answer answer = execute(get, deadline);
            int status = answer.status();
            if (status == 304) {
                return new Fetched(true, null, null, etag, lastModified, uri);
            }
            if (status == 200) {
                return new Fetched(false, answer.body(), answer.contentType(), answer.etag(), answer.lastModified(), uri);
            }
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                if (redirects >= properties.maxRedirects()) {
                    throw new RemoteProblem("too-many-redirects", Integer.toString(properties.maxRedirects()));
                }
                if (answer.location() == null) {
                    throw new RemoteProblem("http-status", Integer.toString(status));
                }
                try {
                    uri = parse(uri.resolve(answer.location().strip()).toString());
                } catch (IllegalArgumentException e) {
                    throw new RemoteProblem("bad-address", answer.location());
                }
                continue;
            }
            throw new RemoteProblem(status == 404 || status == 410 ? "not-found" : status == 401 || status == 403 ? "forbidden" : "http-status",
                    Integer.toString(status));
        }
    }

    private record Answer(int status, byte[] body, String contentType, String etag, String lastModified, String location) {
    }

    /**
     * Posts the body to the address (a WebSub hub, a webhook receiver) under the same rules as a fetch; a redirect is
     * not followed (a receiver answers at the address it was given). Returns the answer's status.
     */
    public int post(String address, String contentType, byte[] body, Map<String, String> headers) throws RemoteProblem {
        URI uri = parse(address);
        checkDestination(uri);
        HttpPost post = new HttpPost(uri);
        post.setEntity(new ByteArrayEntity(body, ContentType.parse(contentType)));
        headers.forEach(post::setHeader);
        return execute(post, System.nanoTime() + properties.totalTimeout().toNanos()).status();
    }

    private Answer execute(HttpUriRequestBase get, long deadline) throws RemoteProblem {
        // One hard deadline for the whole exchange (connecting, headers, body): past it the request is cancelled, whatever
        // the server trickles; the time-outs alone would let a byte every few seconds go on for ever.
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(get::cancel, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        try {
            return http.execute(get, response -> answer(get, response, deadline));
        } catch (IOException e) {
            if (get.isCancelled() && !(e instanceof TooLarge)) {
                throw new RemoteProblem("too-slow", properties.totalTimeout().toSeconds() + " s");
            }
            throw problem(get, e);
        } finally {
            watchdog.cancel(false);
        }
    }

    /** The failure in plain words. */
    private RemoteProblem problem(HttpUriRequestBase get, IOException failure) {
        String host = get.getAuthority() == null ? "" : get.getAuthority().getHostName();
        String slow = properties.totalTimeout().toSeconds() + " s";
        if (failure instanceof RefusedAddress) {
            return new RemoteProblem("refused-address", failure.getMessage());
        } else if (failure instanceof TooLarge) {
            return new RemoteProblem("too-large", (properties.maxBytes() / 1024) + " KB");
        } else if (failure instanceof ConnectTimeoutException || failure instanceof ConnectException
                || failure instanceof NoRouteToHostException) {
            return new RemoteProblem("cannot-connect", host);
        } else if (failure instanceof UnknownHostException) {
            return new RemoteProblem("unknown-host", host);
        } else if (failure instanceof SocketTimeoutException || failure instanceof TooSlow || failure instanceof InterruptedIOException) {
            return new RemoteProblem("too-slow", slow);
        }
        return new RemoteProblem("cannot-read", failure.getMessage());
    }

    private Answer answer(HttpUriRequestBase get, ClassicHttpResponse response, long deadline) throws IOException {
        int status = response.getCode();
        // Read whatever the answer (within the limits), so the connection is left clean for the next request.
        byte[] body = read(get, response.getEntity(), deadline);
        return new Answer(status, body, header(response, "Content-Type"), header(response, "ETag"), header(response, "Last-Modified"),
                header(response, "Location"));
    }

    /**
     * The body, up to the size limit and the deadline. Past either, the connection is closed at once (cancelled):
     * closing the stream instead would read the rest of the answer, however large or slow, to reuse the connection.
     */
    private byte[] read(HttpUriRequestBase get, HttpEntity entity, long deadline) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        try {
            byte[] body = readLimited(entity, deadline);
            entity.getContent().close();
            return body;
        } catch (TooLarge | TooSlow e) {
            get.cancel();
            throw e;
        }
    }

    private byte[] readLimited(HttpEntity entity, long deadline) throws IOException {
        long limit = properties.maxBytes();
        if (entity.getContentLength() > limit) {
            throw new TooLarge();
        }
        InputStream in = entity.getContent();
        byte[] buffer = new byte[(int) Math.min(limit + 1, Math.max(8192, entity.getContentLength() + 1))];
        int length = 0;
        while (true) {
            if (System.nanoTime() > deadline) {
                throw new TooSlow();
            }
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(limit + 1, (long) buffer.length * 2));
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                return Arrays.copyOf(buffer, length);
            }
            length += n;
            if (length > limit) {
                throw new TooLarge();
            }
        }
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    private static URI parse(String address) throws RemoteProblem {
        if (address == null || address.isBlank()) {
            throw new RemoteProblem("bad-address", "");
        }
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            throw new RemoteProblem("bad-address", address);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RemoteProblem("not-http", address);
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new RemoteProblem("bad-address", address);
        }
        return uri;
    }

    @Override
    public void destroy() throws IOException {
        http.close();
    }

    private static final class TooLarge extends IOException {
    }

    private static final class TooSlow extends IOException {
    }

    private static final class RefusedAddress extends UnknownHostException {
        RefusedAddress(String host) {
            super(host);
        }
    }

    /**
     * Resolves names for the connections, refusing any that leads to an address a public website cannot have: this
     * machine (unless allowed for tests and the local demo), the private networks, link-local (cloud metadata at
     * 169.254.169.254 among them), carrier-grade NAT, multicast, the unspecified and reserved ranges.
     */
    static final class AddressPolicy implements DnsResolver {

        private final boolean allowLoopback;

        AddressPolicy(boolean allowLoopback) {
            this.allowLoopback = allowLoopback;
        }

        void check(String host) throws RemoteProblem {
            try {
                resolve(host);
            } catch (RefusedAddress e) {
                throw new RemoteProblem("refused-address", host);
            } catch (UnknownHostException e) {
                throw new RemoteProblem("unknown-host", host);
            }
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(name);
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    throw new RefusedAddress(host);
                }
            }
            return addresses;
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
        }

        boolean isPublic(InetAddress address) {
            if (address.isLoopbackAddress()) {
                return allowLoopback;
            }
            if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress() || address.isMulticastAddress()) {
                return false;
            }
            byte[] b = address.getAddress();
            if (address instanceof Inet6Address) {
                // Global unicast only (2000::/3): that leaves out unique local, NAT64 (64:ff9b::/96, 64:ff9b:1::/48),
                // IPv4-mapped and -translated forms. Of what remains, Teredo (2001::/32) tunnels to any IPv4 address,
                // and 6to4 (2002::/16) is judged by the IPv4 address it carries.
                int first = b[0] & 0xff;
                if ((first & 0xe0) != 0x20 || (first == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0 && b[3] == 0)) {
                    return false;
                }
                if (first == 0x20 && (b[1] & 0xff) == 0x02) {
                    try {
                        return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(b, 2, 6)));
                    } catch (UnknownHostException e) {
                        return false;
                    }
                }
                return true;
            }
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0                                  // 0.0.0.0/8
                    && !(first == 100 && second >= 64 && second < 128) // 100.64.0.0/10 carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                    && !(first == 198 && (second == 18 || second == 19))   // 198.18.0.0/15 benchmarking
                    && first < 224;                               // multicast, reserved, broadcast
        }
    }
}
