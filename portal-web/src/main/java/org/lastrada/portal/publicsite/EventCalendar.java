package org.lastrada.portal.publicsite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.lastrada.portal.shared.posts.PublicEventTimes;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Events as iCalendar (RFC 5545), written with ical4j: one event to add to a calendar, or a calendar of events to
 * subscribe to. Times are written as moments (UTC), which every calendar shows in its reader's zone; the place and the
 * event's page go with each event. The same events give the same bytes (the stamp is the post's publication), so
 * the calendars are cacheable like the pages.
 */
@Component
class EventCalendar {

    static final String PRODUCT = "-//La Strada International//Network Portal//EN";

    /**
     * One event: its times and place, and its post as shown (title, summary, address).
     *
     * @param published when its post was published: the event's DTSTAMP
     */
    record Entry(PublicEventTimes times, String title, String summary, String address, Instant published) {
    }

    byte[] write(String name, List<Entry> entries) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", name)).getFluentTarget();
        String host = ServletUriComponentsBuilder.fromCurrentContextPath().build().getHost();
        for (Entry entry : entries) {
            VEvent event = new VEvent(entry.times().startsAt().toInstant(), entry.times().endsAt().toInstant(), entry.title());
            event.replace(new DtStamp(entry.published() == null ? Instant.EPOCH : entry.published()));
            // The original's id: a translation of the event is the same event in a reader's calendar.
            event.add(new Uid("event-" + entry.times().id() + "@" + host));
            event.add(new Url(URI.create(entry.address())));
            // Where: the place, else (held online only) the link to join, which calendar apps offer to open.
            PublicEventTimes times = entry.times();
            if (times.hasPlace()) {
                event.add(new Location(times.location()));
            } else if (times.isOnlineOnly()) {
                event.add(new Location(times.onlineUrl()));
            }
            String joinOnline = times.hasOnlineLink() ? times.onlineUrl() + "\n\n" : "";
            event.add(new Description((entry.summary() == null || entry.summary().isBlank() ? "" : entry.summary() + "\n\n")
                    + joinOnline + entry.address()));
            calendar.add(event);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1_024 + 512 * entries.size());
        try {
            new CalendarOutputter().output(calendar, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
