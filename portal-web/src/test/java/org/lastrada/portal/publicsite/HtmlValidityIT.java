package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lastrada.portal.testing.Requires.Prerequisite.NPM;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.testing.NpmPackage;
import org.lastrada.portal.testing.Requires;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every kind of public page is valid HTML by the Nu Html Checker (the W3C validator, run locally from its npm
 * package with this JVM's Java): no error, so browsers, assistive technology and crawlers read what was meant.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Requires(NPM)
class HtmlValidityIT {

    /** Pinned: the rules a page is held to change only when this does. */
    static final NpmPackage VALIDATOR = new NpmPackage("vnu-jar", "26.9.27", "build/dist/vnu.jar");

    @LocalServerPort int port;

    @Test
    void everyKindOfPublicPageIsValidHtml() throws Exception {
        Path validator = VALIDATOR.install();
        Path pages = Files.createDirectories(Path.of("target", "html-validity"));
        HttpClient http = HttpClient.newHttpClient();
        List<Path> files = new ArrayList<>();
        for (String path : AccessibilityIT.PAGES_IN_EVERY_LANGUAGE) {
            // As a browser asks: an error page is HTML only for clients that accept it.
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build();
            HttpResponse<String> page = http.send(request, HttpResponse.BodyHandlers.ofString());
            Path file = pages.resolve(path.replaceAll("[^a-zA-Z0-9]+", "_") + ".html");
            Files.writeString(file, page.body(), StandardCharsets.UTF_8);
            files.add(file);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", validator.toString(), "--errors-only", "--format", "json", "--exit-zero-always"));
        files.forEach(file -> command.add(file.toString()));
        Path report = pages.resolve("report.json");
        Process check = new ProcessBuilder(command).redirectError(report.toFile()).redirectOutput(pages.resolve("out.txt").toFile()).start();
        assertThat(check.waitFor(5, TimeUnit.MINUTES)).as("the validator finished").isTrue();

        JsonNode messages = new ObjectMapper().readTree(Files.readString(report)).path("messages");
        List<String> errors = new ArrayList<>();
        messages.forEach(message -> errors.add(message.path("url").asText().replaceFirst(".*/", "") + ":" + message.path("lastLine").asText()
                + " " + message.path("message").asText()));
        assertThat(messages.isArray()).as("the validator wrote its report").isTrue();
        assertThat(errors).as("HTML errors").isEmpty();
    }
}
