package org.lastrada.portal.workspaceui;

import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.time.TimeZones;

/**
 * The time zone the signed-in person reads and enters workspace times in (their account's, kept in their session),
 * and how times are written: in their language's style ("2 Dec 2026, 10:15", "2 gru 2026, 10:15") and always with
 * the zone's name, so a moderator in Amsterdam and an editor in Kyiv never read the same digits differently.
 */
public final class WorkspaceTime {

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

    /**
     * The locale dates and numbers are written in: the UI's language; English in the British style the network
     * writes ("2 Dec 2026, 10:15"), not the American one.
     */
    public static Locale locale() {
        Locale language = WorkspaceTexts.locale();
        return NetworkLanguage.of(language).isEnglish() ? Locale.UK : language;
    }

    /** "Europe/Kyiv (Eastern European Time)", for the helper text of time fields, the zone's name in the UI's language. */
    public static String zoneName() {
        ZoneId zone = zone();
        return zone.getId() + " (" + zone.getDisplayName(TextStyle.FULL, locale()) + ")";
    }

    /** "2 Dec 2026, 10:15 EET", or "" for no time. */
    public static String format(Instant instant) {
        return instant == null ? "" : formatter(FormatStyle.SHORT).format(instant);
    }

    /** "2 Dec 2026, 10:15:42 EET", for records where the order of events within a minute matters (the audit log). */
    public static String formatWithSeconds(Instant instant) {
        return instant == null ? "" : formatter(FormatStyle.MEDIUM).format(instant);
    }

    /** "2 Dec 2026", a day in the person's style. */
    public static String format(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    /** "2 Dec 2026, 10:15", a wall-clock time of a place (an event's), without a zone. */
    public static String format(LocalDateTime time) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .format(time);
    }

    private static DateTimeFormatter formatter(FormatStyle timeStyle) {
        return new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, timeStyle).appendLiteral(' ')
                .appendZoneText(TextStyle.SHORT).toFormatter(locale()).withZone(zone());
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
