package org.lastrada.portal.shared.posts;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.lastrada.portal.shared.time.TimeZones;

/**
 * When and where a public event takes place, as lists of events and calendars show it with the post's card: start and
 * end in the event's own zone (the one its author chose, else its organisation's country's).
 */
public record PublicEventTimes(Long id, LocalDateTime start, LocalDateTime end, String location, String timeZone,
                               String countryCode, Instant publishedAt) {

    /** Its post's publication moment has come (a published post may be scheduled for later). */
    public boolean isPublicAt(Instant now) {
        return publishedAt != null && !publishedAt.isAfter(now);
    }

    public ZoneId zone() {
        return TimeZones.ofEvent(timeZone, countryCode);
    }

    public ZonedDateTime startsAt() {
        return start.atZone(zone());
    }

    /** Its end, or its start for an event without one. */
    public ZonedDateTime endsAt() {
        return (end != null ? end : start).atZone(zone());
    }

    /** Over at that moment: ended (or, without an end, started) before it. */
    public boolean isOverAt(Instant now) {
        return endsAt().toInstant().isBefore(now);
    }
}
