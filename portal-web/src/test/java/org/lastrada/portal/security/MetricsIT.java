package org.lastrada.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.testing.WorkspaceClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Prometheus reads the metrics with its own password; nobody else does. (Boot tests turn metrics export off unless asked.) */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.metrics.password=scrape-secret-for-tests")
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false)
class MetricsIT {

    @Autowired TestRestTemplate http;

    @Test
    void metricsNeedTheMonitoringCredential() {
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.withBasicAuth("metrics", "wrong").getForEntity("/actuator/prometheus", String.class).getStatusCode().value())
                .isEqualTo(401);
        assertThat(http.withBasicAuth("moderator", "Strada-Demo-2026").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode().value()).isEqualTo(401);
        var scraped = scrape();
        assertThat(scraped.getStatusCode().value()).isEqualTo(200);
        assertThat(scraped.getBody()).contains("jvm_memory_used_bytes");
        assertThat(scraped.getHeaders().get("Set-Cookie")).isNull();
    }

    /** Each request is timed once as a whole; Spring Security's per-filter timers are not kept, its sign-ins are. */
    @Test
    void requestsAreTimedAsAWholeAndSignInsAreObserved() {
        assertThat(http.getForEntity("/news", String.class).getStatusCode().value()).isEqualTo(200);
        HttpResponse<String> refused = new WorkspaceClient(http.getRootUri())
                .signIn("nobody-" + UUID.randomUUID(), "not-the-password-1");
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("error"));

        String metrics = scrape().getBody();

        assertThat(metrics).contains("http_server_requests_seconds_count{").contains("uri=\"/news\"")
                .contains("spring_security_authentications_seconds_count{")
                .doesNotContain("spring_security_filterchains").doesNotContain("spring_security_authorizations");
    }

    private ResponseEntity<String> scrape() {
        return http.withBasicAuth("metrics", "scrape-secret-for-tests").getForEntity("/actuator/prometheus", String.class);
    }
}
