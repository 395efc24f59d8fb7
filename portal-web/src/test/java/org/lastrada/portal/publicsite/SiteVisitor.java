package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.IntSupplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A visitor of the public site in the tests, over real HTTP: asks for pages as a browser does (HTML first) and follows
 * no redirect, so that the tests see each answer as it is.
 */
final class SiteVisitor {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final IntSupplier port;

    /** @param port the portal's port, asked when a request is sent (the test's {@code @LocalServerPort} field) */
    SiteVisitor(IntSupplier port) {
        this.port = port;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port.getAsInt() + path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml,*/*").build());
    }

    /** A page that must be there (200), parsed. */
    Document page(String path) {
        HttpResponse<String> answer = get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> sendBytes(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
