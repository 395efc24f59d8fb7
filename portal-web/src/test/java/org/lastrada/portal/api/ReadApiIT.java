package org.lastrada.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The read API, the sitemap and robots.txt: only what the public may see, bad parameters answered with 400. */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReadApiIT {

    @Autowired TestRestTemplate http;

    @Test
    void postsAndMembersCarryOnlyPublicContentAndFilterLikeTheNewsPage() {
        String statements = http.getForObject("/api/v1/posts?type=statement&organisation=international-secretariat&size=5", String.class);
        assertThat(statements).contains("\"type\":\"statement\"", "International Day to End Violence Against Sex Workers")
                .doesNotContain("\"type\":\"news\"").doesNotContain("Draft: response to the consultation");
        assertThat(http.getForObject("/api/v1/members", String.class)).contains("\"slug\":\"la-strada-poland\"", "\"country\":\"Poland\"");
        assertThat(http.getForObject("/api/v1/members/la-strada-ukraine", String.class)).contains("descriptionHtml", "Kyiv");
        assertThat(http.getForObject("/api/v1/posts/picum-rights-centred-approach-to-tackle-human-trafficking", String.class))
                .contains("bodyHtml", "PICUM");
        assertThat(http.getForEntity("/api/v1/posts/draft-response-to-the-consultation-on-the-eu-anti-trafficking-strategy",
                String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void badParametersGet400WithTheReason() {
        ResponseEntity<String> huge = http.getForEntity("/api/v1/posts?size=100000", String.class);
        assertThat(huge.getStatusCode().value()).isEqualTo(400);
        assertThat(huge.getBody()).contains("The size must be between 1 and 100");
        assertThat(http.getForEntity("/api/v1/posts?page=-1", String.class).getStatusCode().value()).isEqualTo(400);
        assertThat(http.getForEntity("/api/v1/posts?type=gossip", String.class).getBody()).contains("Unknown type");
    }

    @Test
    void otherSitesMayReadTheApiFromTheBrowser() {
        HttpHeaders headers = new HttpHeaders();
        headers.setOrigin("https://la-strada-poland.example.org");
        ResponseEntity<String> response = http.exchange("/api/v1/posts", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(response.getHeaders().getAccessControlAllowOrigin()).isEqualTo("*");
    }

    @Test
    void sitemapListsPublicPagesAndRobotsKeepCrawlersOutOfTheWorkspace() {
        String sitemap = http.getForObject("/sitemap.xml", String.class);
        assertThat(sitemap).contains("/members/la-strada-poland</loc>", "/about/vision-and-mission</loc>",
                "/news/picum-rights-centred-approach-to-tackle-human-trafficking</loc>").doesNotContain("draft-response");
        assertThat(http.getForObject("/robots.txt", String.class)).contains("Disallow: /workspace", "Sitemap: http");
    }

    @Test
    void everyAnswerMatchesThePublishedOpenApiDocument() {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(http.getForObject("/api/openapi", String.class)).build();
        for (String path : List.of("/api/v1/members", "/api/v1/members/la-strada-poland", "/api/v1/members/no-such-member",
                "/api/v1/posts", "/api/v1/posts?type=event&size=3", "/api/v1/posts?organisation=la-strada-ukraine&page=2&size=1",
                "/api/v1/posts?size=1000", "/api/v1/posts?page=0", "/api/v1/posts?type=gossip",
                "/api/v1/posts/picum-rights-centred-approach-to-tackle-human-trafficking", "/api/v1/posts/no-such-post")) {
            ResponseEntity<String> answer = http.getForEntity(path, String.class);
            SimpleResponse response = SimpleResponse.Builder.status(answer.getStatusCode().value())
                    .withContentType(answer.getHeaders().getContentType().toString()).withBody(answer.getBody()).build();
            String requestPath = path.replaceFirst("\\?.*$", "");
            ValidationReport report = validator.validateResponse(requestPath, Request.Method.GET, response);
            assertThat(report.getMessages()).as(path + " (" + answer.getStatusCode().value() + ")").isEmpty();
        }
        SimpleResponse broken = SimpleResponse.Builder.status(200).withContentType("application/json")
                .withBody("{\"items\":[{\"slug\":null}],\"page\":\"one\"}").build();
        assertThat(validator.validateResponse("/api/v1/posts", Request.Method.GET, broken).getMessages())
                .as("the validator reads the document's schemas").isNotEmpty();
        String document = http.getForObject("/api/openapi", String.class);
        assertThat(document).contains("\"title\":\"La Strada International read API\"", "\"required\":[")
                .doesNotContain("\"*/*\"").doesNotContain("OpenAPI definition");
    }

    @Test
    void theApiIsDescribedWithOpenApi() {
        assertThat(http.getForObject("/api/openapi", String.class)).contains("/api/v1/posts", "/api/v1/members/{slug}");
        assertThat(http.getForEntity("/api/docs", String.class).getStatusCode().is3xxRedirection()
                || http.getForEntity("/api/docs", String.class).getStatusCode().is2xxSuccessful()).isTrue();
    }
}
