package org.lastrada.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lastrada.portal.testing.Requires.Prerequisite.CHROMIUM;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.MutableClock;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.testing.Browser;
import org.lastrada.portal.testing.Requires;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Journey 4: an editor schedules an event for tomorrow morning; once approved it stays off the public site
 * (news, its page, the feed, search) until the portal's clock, which this test moves, passes that moment.
 */
@Requires(CHROMIUM)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ScheduledEventJourneyIT.Clocks.class)
@DirtiesContext // its clock runs days ahead: its scheduled jobs must not outlive the test
class ScheduledEventJourneyIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    private static Browser browser;

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired PostRepository posts;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void anApprovedEventIsNotPublicBeforeItsPublishAtAndIsPublicAfter() {
        String baseUrl = "http://localhost:" + port;
        JourneySteps steps = new JourneySteps(browser, baseUrl, JourneySteps.portalForm(baseUrl));
        String title = "Training day on labour exploitation " + UUID.randomUUID().toString().substring(0, 6);
        LocalDateTime tomorrowMorning = LocalDateTime.ofInstant(clock.instant(), AMSTERDAM).plusDays(1).withHour(9).withMinute(0);

        long postId = steps.scheduleEvent("bulgaria.editor", "moderator", title, tomorrowMorning);
        String slug = posts.findById(postId).orElseThrow().getSlug();

        assertThat(steps.visit("/news?organisation=la-strada-bulgaria&type=event")).doesNotContain(title);
        assertThat(steps.visit("/news/" + slug)).contains("There is no such post");
        assertThat(steps.visit("/feeds/types/event.atom")).doesNotContain(title);
        assertThat(steps.visit("/search?q=" + title.substring(title.lastIndexOf(' ') + 1))).contains("Nothing matches");

        clock.advance(Duration.ofDays(2));

        assertThat(steps.visit("/news?organisation=la-strada-bulgaria&type=event")).contains(title);
        assertThat(steps.visit("/news/" + slug)).contains(title, "Sofia");
        assertThat(steps.visit("/feeds/types/event.atom")).contains(title);
        assertThat(steps.visit("/search?q=" + title.substring(title.lastIndexOf(' ') + 1))).contains("/news/" + slug);
    }
}
