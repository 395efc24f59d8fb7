package org.lastrada.portal.shared.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fetching from a real local HTTP server: conditional GET, and every limit the outside world needs. */
class SafeHttpClientTest {

    private final FeedServer server = new FeedServer();
    private final SafeHttpClient client = new SafeHttpClient(properties(true, Duration.ofSeconds(1), Duration.ofSeconds(3), 64 * 1024));

    @AfterEach
    void stop() throws Exception {
        server.close();
        client.destroy();
    }

    static FederationProperties properties(boolean allowLoopback, Duration readTimeout, Duration totalTimeout, long maxBytes) {
        return new FederationProperties(false, Duration.ofSeconds(60), Duration.ofMinutes(30), 2, Duration.ofSeconds(2), readTimeout,
                totalTimeout, maxBytes, 3, 50, allowLoopback, "", false, Duration.ofSeconds(10));
    }

    @Test
    void fetchesAFeedThenGets304WithItsEtag() throws RemoteProblem {
        server.feed("/feed", "application/rss+xml", FeedServer.fixture("rss2.xml"), "\"v1\"");
        SafeHttpClient.Fetched first = client.fetch(server.url("/feed"), null, null);
        assertThat(first.notModified()).isFalse();
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).contains("Szkolenie");
        assertThat(first.etag()).isEqualTo("\"v1\"");

        SafeHttpClient.Fetched second = client.fetch(server.url("/feed"), first.etag(), null);
        assertThat(second.notModified()).isTrue();
        assertThat(server.requests("/feed")).isEqualTo(2);
    }

    @Test
    void followsAFewRedirectsButNotALoop() throws RemoteProblem {
        server.feed("/feed", "application/rss+xml", FeedServer.fixture("rss2.xml"), null);
        server.redirect("/old", "/feed");
        assertThat(client.fetch(server.url("/old"), null, null).finalAddress().getPath()).isEqualTo("/feed");

        server.redirect("/loop", "/loop");
        assertThatThrownBy(() -> client.fetch(server.url("/loop"), null, null)).satisfies(e -> assertKey(e, "too-many-redirects"));
        assertThat(server.requests("/loop")).isEqualTo(4);
    }

    @Test
    void refusesARedirectIntoAPrivateNetworkOrToCloudMetadata() {
        server.redirect("/to-private", "http://10.0.0.7/feed");
        server.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
        server.redirect("/to-file", "file:///etc/passwd");
        assertThatThrownBy(() -> client.fetch(server.url("/to-private"), null, null)).satisfies(e -> assertKey(e, "refused-address"));
        assertThatThrownBy(() -> client.fetch(server.url("/to-metadata"), null, null)).satisfies(e -> assertKey(e, "refused-address"));
        assertThatThrownBy(() -> client.fetch(server.url("/to-file"), null, null)).satisfies(e -> assertKey(e, "not-http"));
    }

    @Test
    void refusesThisMachineUnlessAllowedForTestsAndTheDemo() throws Exception {
        server.feed("/feed", "application/rss+xml", FeedServer.fixture("rss2.xml"), null);
        SafeHttpClient production = new SafeHttpClient(properties(false, Duration.ofSeconds(1), Duration.ofSeconds(3), 64 * 1024));
        try {
            assertThatThrownBy(() -> production.fetch(server.url("/feed"), null, null)).satisfies(e -> assertKey(e, "refused-port"));
            assertThatThrownBy(() -> production.check("http://localhost:8080/feed")).satisfies(e -> assertKey(e, "refused-address"));
            assertThatThrownBy(() -> production.check("http://127.0.0.1/feed")).satisfies(e -> assertKey(e, "refused-address"));
            assertThatThrownBy(() -> production.check("http://[::1]/feed")).satisfies(e -> assertKey(e, "refused-address"));
            assertThat(server.requests("/feed")).isZero();
        } finally {
            production.destroy();
        }
    }

    @Test
    void refusesPortsOtherThanTheWebsAndHeadersWithoutEnd() throws Exception {
        SafeHttpClient production = new SafeHttpClient(properties(false, Duration.ofSeconds(1), Duration.ofSeconds(3), 64 * 1024));
        try {
            assertThatThrownBy(() -> production.check("http://93.184.216.34:22/feed")).satisfies(e -> assertKey(e, "refused-port"));
            assertThatThrownBy(() -> production.check("https://93.184.216.34:6379/")).satisfies(e -> assertKey(e, "refused-port"));
        } finally {
            production.destroy();
        }
        server.answer("/huge-header", exchange -> {
            exchange.getResponseHeaders().set("X-Padding", "a".repeat(50_000));
            exchange.sendResponseHeaders(200, -1);
        });
        assertThatThrownBy(() -> client.fetch(server.url("/huge-header"), null, null)).satisfies(e -> assertKey(e, "cannot-read"));
    }

    @Test
    void refusesAddressesThatAreNotHttpOrNotAddresses() {
        assertThatThrownBy(() -> client.check("ftp://example.org/feed")).satisfies(e -> assertKey(e, "not-http"));
        assertThatThrownBy(() -> client.check("javascript:alert(1)")).satisfies(e -> assertKey(e, "not-http"));
        assertThatThrownBy(() -> client.check("https://user:secret@example.org/feed")).satisfies(e -> assertKey(e, "bad-address"));
        assertThatThrownBy(() -> client.check("not an address")).satisfies(e -> assertKey(e, "bad-address"));
        assertThatThrownBy(() -> client.check(" ")).satisfies(e -> assertKey(e, "bad-address"));
    }

    @Test
    void givesUpOnASlowServer() {
        server.answer("/stalls", exchange -> {
            sleep(2500); // longer than the read time-out before the first byte
            exchange.sendResponseHeaders(200, -1);
        });
        server.answer("/trickles", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) { // a byte every half second: never a read time-out, only the total one
                    out.write(' ');
                    out.flush();
                    sleep(500);
                }
            }
        });
        assertThatThrownBy(() -> client.fetch(server.url("/stalls"), null, null)).satisfies(e -> assertKey(e, "too-slow"));
        long start = System.nanoTime();
        assertThatThrownBy(() -> client.fetch(server.url("/trickles"), null, null)).satisfies(e -> assertKey(e, "too-slow"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void refusesAnOversizedBodyWithOrWithoutItsLengthAnnounced() {
        byte[] big = new byte[200 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        server.answer("/announced", exchange -> {
            exchange.sendResponseHeaders(200, big.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(big);
            }
        });
        server.answer("/chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(big);
            }
        });
        assertThatThrownBy(() -> client.fetch(server.url("/announced"), null, null)).satisfies(e -> assertKey(e, "too-large"));
        assertThatThrownBy(() -> client.fetch(server.url("/chunked"), null, null)).satisfies(e -> assertKey(e, "too-large"));
    }

    @Test
    void saysWhatAnErrorStatusMeans() {
        assertThatThrownBy(() -> client.fetch(server.url("/missing"), null, null)).satisfies(e -> assertKey(e, "not-found"));
        server.answer("/broken", exchange -> exchange.sendResponseHeaders(500, -1));
        assertThatThrownBy(() -> client.fetch(server.url("/broken"), null, null)).satisfies(e -> {
            assertKey(e, "http-status");
            assertThat(((RemoteProblem) e).detail()).isEqualTo("500");
        });
    }

    @Test
    void theAddressPolicyKnowsThePrivateAndSpecialRanges() throws Exception {
        SafeHttpClient.AddressPolicy policy = new SafeHttpClient.AddressPolicy(false);
        for (String refused : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "fe80::1", "fd00:ec2::254", "fc00::1",
                "::ffff:10.0.0.1", "64:ff9b::a00:1", "::ffff:0:127.0.0.1", "64:ff9b:1::a9fe:a9fe", "2001:0:4136:e378::1",
                "2002:a9fe:a9fe::1"}) {
            assertThat(policy.isPublic(InetAddress.getByName(refused))).as(refused).isFalse();
        }
        for (String allowed : new String[] {"93.184.216.34", "172.32.0.1", "8.8.8.8", "2606:4700::1111", "2002:5db8:d822::1"}) {
            assertThat(policy.isPublic(InetAddress.getByName(allowed))).as(allowed).isTrue();
        }
    }

    private static void assertKey(Throwable e, String key) {
        assertThat(e).isInstanceOf(RemoteProblem.class);
        assertThat(((RemoteProblem) e).key()).isEqualTo("federation.problem." + key);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
