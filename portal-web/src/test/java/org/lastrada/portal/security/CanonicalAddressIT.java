package org.lastrada.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A request that claims another host (Host, X-Forwarded-Host) gets the portal's own address in its redirects,
 * canonical and Open Graph links, feeds and sitemap, so a shared cache can never be poisoned with it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CanonicalAddressIT {

    private static final String EVIL = "evil.example";

    @LocalServerPort int port;

    @Test
    void aForgedHostReachesNoRedirectPageOrFeed() throws IOException {
        for (String path : List.of("/", "/news", "/members/la-strada-poland", "/feeds/news.atom", "/sitemap.xml", "/about",
                "/workspace/posts", "/api/v1/posts")) {
            String answer = get(path, "Host: " + EVIL);
            assertThat(answer).as(path).doesNotContain(EVIL);
            String forwarded = get(path, "Host: localhost:" + port, "X-Forwarded-Host: " + EVIL, "X-Forwarded-Proto: https");
            assertThat(forwarded).as(path + " forwarded").doesNotContain(EVIL);
        }
        assertThat(get("/", "Host: " + EVIL)).contains("<link rel=\"canonical\" href=\"http://localhost:" + port + "/\"");
        assertThat(get("/workspace/posts", "Host: " + EVIL)).containsPattern("(?i)location: (http://localhost:" + port + ")?/login");
    }

    /** A raw HTTP/1.1 exchange: Java's HTTP client does not let a test choose the Host header. */
    private String get(String path, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\n" + String.join("\r\n", headers) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
