package org.lastrada.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
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
        var scraped = http.withBasicAuth("metrics", "scrape-secret-for-tests").getForEntity("/actuator/prometheus", String.class);
        assertThat(scraped.getStatusCode().value()).isEqualTo(200);
        assertThat(scraped.getBody()).contains("jvm_memory_used_bytes");
        assertThat(scraped.getHeaders().get("Set-Cookie")).isNull();
    }
}
