package org.lastrada.portal.workspaceui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The time zone the workspace shows and enters times in, and how it writes them. */
public final class WorkspaceTime {

    /** The secretariat's zone, in which the network's staff have agreed to read times. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK).withZone(ZONE);

    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
            .withLocale(Locale.UK).withZone(ZONE);

    private WorkspaceTime() {
    }

    /** "2 Dec 2026, 10:15", or "" for no time. */
    public static String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** "2 Dec 2026, 10:15:42", for records where the order of events within a minute matters (the audit log). */
    public static String formatWithSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant);
    }

    /** The first instant of a day picked in a date picker. */
    public static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZONE).toInstant();
    }

    /** The wall-clock time a date-time picker shows for an instant. */
    public static LocalDateTime toPicker(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    /** The instant a date-time picker's value means. */
    public static Instant fromPicker(LocalDateTime value) {
        return value == null ? null : value.atZone(ZONE).toInstant();
    }
}
