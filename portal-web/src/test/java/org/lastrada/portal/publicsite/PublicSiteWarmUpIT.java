package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal warms its public pages up before it says it is ready: while it asks itself for every page type, the
 * readiness probe refuses traffic (liveness is fine); every page answered without a server error; then it is ready.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.warm-up.duration=3s")
@ActiveProfiles("test")
class PublicSiteWarmUpIT {

    @LocalServerPort int port;
    @Autowired PublicSiteWarmUp warmUp;
    @Autowired ApplicationAvailability availability;

    private final SiteVisitor site = new SiteVisitor(() -> port);

    @Test
    void thePublicSiteIsWarmedUpBeforeTheReadinessProbeSaysUp() {
        PublicSiteWarmUp.Outcome outcome = warmUp.lastOutcome();
        assertThat(outcome).isNotNull();
        assertThat(outcome.readinessDuring()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(outcome.requests()).as("every page type, several times").isGreaterThan(40);
        assertThat(outcome.failures()).isZero();

        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(availability.getLivenessState()).isEqualTo(LivenessState.CORRECT);
        assertThat(site.get("/actuator/health/readiness").body()).contains("\"UP\"");
    }
}
