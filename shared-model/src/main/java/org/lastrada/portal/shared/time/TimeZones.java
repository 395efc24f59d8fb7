package org.lastrada.portal.shared.time;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.validation.InvalidInputException;

/** The time zones people of the network live in, and the one a country's staff get until they choose. */
public final class TimeZones {

    /** The secretariat's zone: the network's default. */
    public static final ZoneId NETWORK = ZoneId.of("Europe/Amsterdam");

    private static final Map<String, ZoneId> BY_COUNTRY = Map.ofEntries(
            Map.entry("BY", ZoneId.of("Europe/Minsk")), Map.entry("BG", ZoneId.of("Europe/Sofia")),
            Map.entry("CZ", ZoneId.of("Europe/Prague")), Map.entry("MK", ZoneId.of("Europe/Skopje")),
            Map.entry("MD", ZoneId.of("Europe/Chisinau")), Map.entry("NL", ZoneId.of("Europe/Amsterdam")),
            Map.entry("PL", ZoneId.of("Europe/Warsaw")), Map.entry("UA", ZoneId.of("Europe/Kyiv")),
            Map.entry("RO", ZoneId.of("Europe/Bucharest")), Map.entry("RU", ZoneId.of("Europe/Moscow")),
            Map.entry("BE", ZoneId.of("Europe/Brussels")), Map.entry("DE", ZoneId.of("Europe/Berlin")),
            Map.entry("AT", ZoneId.of("Europe/Vienna")), Map.entry("SK", ZoneId.of("Europe/Bratislava")),
            Map.entry("HU", ZoneId.of("Europe/Budapest")), Map.entry("RS", ZoneId.of("Europe/Belgrade")),
            Map.entry("AL", ZoneId.of("Europe/Tirane")), Map.entry("GR", ZoneId.of("Europe/Athens")),
            Map.entry("IT", ZoneId.of("Europe/Rome")), Map.entry("FR", ZoneId.of("Europe/Paris")),
            Map.entry("ES", ZoneId.of("Europe/Madrid")), Map.entry("GB", ZoneId.of("Europe/London")),
            Map.entry("GE", ZoneId.of("Asia/Tbilisi")), Map.entry("AM", ZoneId.of("Asia/Yerevan")));

    /** The zones offered in the workspace: Europe's first, then every other region's. */
    public static final List<String> CHOICES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.matches("(Europe|Asia|Africa|America|Atlantic|Australia|Indian|Pacific)/[A-Za-z_/-]+"))
            .sorted((a, b) -> a.startsWith("Europe/") == b.startsWith("Europe/") ? a.compareTo(b) : a.startsWith("Europe/") ? -1 : 1)
            .toList();

    private TimeZones() {
    }

    /** The zone an event's times are given in: the one its author chose, else its organisation's country's. */
    public static ZoneId ofEvent(String chosen, String countryCode) {
        return chosen != null ? ZoneId.of(chosen) : ofCountry(countryCode);
    }

    /** The zone of a country's capital, or the network's for a country not listed. */
    public static ZoneId ofCountry(String countryCode) {
        return countryCode == null ? NETWORK : BY_COUNTRY.getOrDefault(countryCode, NETWORK);
    }

    /** An IANA zone id a person chose, refused on the field when it is not one. */
    public static ZoneId parse(String id) {
        try {
            if (id != null && CHOICES.contains(id.strip())) {
                return ZoneId.of(id.strip());
            }
        } catch (DateTimeException notAZone) {
            // answered below
        }
        throw new InvalidInputException("timeZone", Message.of("workspace.refusal.time-zone"));
    }
}
