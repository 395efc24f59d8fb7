package org.lastrada.portal.shared.posts;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.lastrada.portal.shared.time.TimeZones;

/**
 * When and where a public event takes place, as lists of events and calendars show it with the post's card: start and
 * end in the event's own zone (the one its author chose, else its organisation's country's), its place, the link to join
 * it online (either may be missing, not both) and its kind (if said).
 */
public record PublicEventTimes(Long id, LocalDateTime start, LocalDateTime end, String location, String onlineUrl,
                               EventKind kind, String timeZone, String countryCode, Instant publishedAt) {

    /** The times and place of an event post (for a translation, its original's, which it shares). */
    public static PublicEventTimes of(Post post) {
        PostContent content = post.getContent();
        return new PublicEventTimes(post.getOriginalId(), content.getEventStart(), content.getEventEnd(), content.getEventLocation(),
                content.getEventOnlineUrl(), content.getEventKind(), content.getEventTimeZone(), post.getOrganisation().getCountryCode(),
                post.getPublishedAt());
    }

    public boolean hasPlace() {
        return location != null && !location.isBlank();
    }

    public boolean hasOnlineLink() {
        return onlineUrl != null && !onlineUrl.isBlank();
    }

    /** Held online only: a link to join and no place. */
    public boolean isOnlineOnly() {
        return hasOnlineLink() && !hasPlace();
    }

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
