package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.PortalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * A training run for the JVM's AOT cache (portal.warm-up.exit-when-done, as deploy/Dockerfile starts one): the portal
 * warms its pages up, becomes ready, then closes itself, so that the JVM ends and writes the cache; without a warm-up
 * it closes as soon as it is ready. Started here as the Dockerfile starts it, not as a test context (which the test
 * framework must keep open), on a database of its own.
 */
class PublicSiteWarmUpTrainingRunIT {

    @Test
    void aTrainingRunWarmsThePagesUpThenClosesThePortal() throws InterruptedException {
        PublicSiteWarmUp warmUp = trainingRunClosed("3s");
        PublicSiteWarmUp.Outcome outcome = warmUp.lastOutcome();
        assertThat(outcome).isNotNull();
        assertThat(outcome.requests()).as("the pages were asked for before the portal closed").isPositive();
        assertThat(outcome.failures()).isZero();
    }

    @Test
    void aTrainingRunWithoutAWarmUpClosesThePortalOnceReady() throws InterruptedException {
        assertThat(trainingRunClosed("0s").lastOutcome()).as("no page asked for").isNull();
    }

    /** Starts a training run with the warm-up duration given and returns its warm-up once the portal has closed. */
    private static PublicSiteWarmUp trainingRunClosed(String warmUpDuration) throws InterruptedException {
        AtomicReference<PublicSiteWarmUp> warmUp = new AtomicReference<>();
        ConfigurableApplicationContext portal = new SpringApplicationBuilder(PortalApplication.class)
                .profiles("test")
                .listeners((ApplicationListener<ContextRefreshedEvent>) refreshed ->
                        warmUp.set(refreshed.getApplicationContext().getBean(PublicSiteWarmUp.class)))
                .run("--server.port=0", "--portal.warm-up.duration=" + warmUpDuration, "--portal.warm-up.exit-when-done=true",
                        "--spring.datasource.url=jdbc:h2:mem:warm-up-training-run-" + warmUpDuration + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try {
            for (int waited = 0; waited < 300 && portal.isActive(); waited++) {
                Thread.sleep(100);
            }
            assertThat(portal.isActive()).as("closed once ready").isFalse();
            return warmUp.get();
        } finally {
            portal.close();
        }
    }
}
