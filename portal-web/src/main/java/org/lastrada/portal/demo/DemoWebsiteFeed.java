package org.lastrada.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lastrada.portal.shared.federation.DemoFeeds;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo's stand-in for a member's own website: its news feed (RSS 2.0, in Dutch, dated relative to the start), served
 * by the portal itself. The demo data subscribes La Strada Netherlands to it ({@link DemoFeeds}), so a new user finds
 * its items in the moderation queue within a minute, marked as coming from the member's website. Demo data only.
 */
@RestController
@ConditionalOnProperty(prefix = "portal.demo", name = "enabled", havingValue = "true")
class DemoWebsiteFeed {

    private static final Pattern DAYS_AGO = Pattern.compile("\\{days-ago:(\\d+)}");

    private final String feed;

    DemoWebsiteFeed(Clock clock) throws IOException {
        String template;
        try (InputStream in = new ClassPathResource("demo/website-feed.xml").getInputStream()) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher days = DAYS_AGO.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (days.find()) {
            days.appendReplacement(filled, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    clock.instant().minus(Duration.ofDays(Long.parseLong(days.group(1)))).atZone(ZoneOffset.UTC)));
        }
        days.appendTail(filled);
        this.feed = filled.toString();
    }

    @GetMapping(value = DemoFeeds.PATH, produces = "application/rss+xml;charset=UTF-8")
    ResponseEntity<String> feed() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/rss+xml;charset=UTF-8")).body(feed);
    }
}
