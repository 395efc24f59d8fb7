package org.lastrada.portal.workspaceui;

import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.lastrada.portal.shared.time.TimeZones;

/**
 * The time zone the signed-in person reads and enters workspace times in (their account's, kept in their session),
 * and how times are written: always with the zone's name, so a moderator in Amsterdam and an editor in Kyiv never
 * read the same digits differently.
 */
public final class WorkspaceTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.UK);
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss zzz", Locale.UK);

    private WorkspaceTime() {
    }

    /** Remembers the person's zone for the rest of their session (the main layout does it after sign-in). */
    public static void useZone(ZoneId zone) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ZoneId.class, zone);
        }
    }

    /** The signed-in person's zone; the network's until their session knows it. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        ZoneId zone = session == null ? null : session.getAttribute(ZoneId.class);
        return zone == null ? TimeZones.NETWORK : zone;
    }

    /** "Europe/Kyiv (Eastern European Time)", for the helper text of time fields. */
    public static String zoneName() {
        ZoneId zone = zone();
        return zone.getId() + " (" + zone.getDisplayName(TextStyle.FULL, Locale.UK) + ")";
    }

    /** "2 Dec 2026, 10:15 EET", or "" for no time. */
    public static String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.withZone(zone()).format(instant);
    }

    /** "2 Dec 2026, 10:15:42 EET", for records where the order of events within a minute matters (the audit log). */
    public static String formatWithSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.withZone(zone()).format(instant);
    }

    /** The first instant of a day picked in a date picker. */
    public static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone()).toInstant();
    }

    /** The wall-clock time a date-time picker shows for an instant. */
    public static LocalDateTime toPicker(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
    }

    /** The instant a date-time picker's value means. */
    public static Instant fromPicker(LocalDateTime value) {
        return value == null ? null : value.atZone(zone()).toInstant();
    }
}
