package org.lastrada.portal.publicsite;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;
import java.text.Collator;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.posts.PublicEventTimes;
import org.lastrada.portal.shared.time.TimeZones;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, countries and languages as the page's language writes them ({@code @siteFormat.day(post.publishedAt)} in
 * the templates): "2 December 2026", "2 grudnia 2026", "2. prosince 2026"; "Ukraine", "Ukraina", "Україна".
 */
@Component
public class SiteFormat {

    /**
     * Names of countries and languages and their order, the same for every request in a language: computing them (the
     * JDK's display names, a collator) was the most of a directory page's own work.
     */
    private final Cache<Named, Map<String, String>> namedInOrder = Caffeine.newBuilder().maximumSize(1_000).build();
    private final Cache<Named, String> names = Caffeine.newBuilder().maximumSize(10_000).build();
    /** Events' times as each language writes them: formatting dates and zone names costs more than the rest of a list. */
    private final Cache<EventWhen, String> eventTimes = Caffeine.newBuilder().maximumSize(10_000).build();

    private record EventWhen(Locale locale, LocalDateTime start, LocalDateTime end, ZoneId zone) {
    }

    private final MessageSource messages;

    SiteFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** Countries' or languages' codes in a language: one code for a name, several for an ordered filter. */
    private record Named(Locale locale, boolean countries, List<String> codes) {
    }

    /** A message of the bundles in the page's language. */
    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale());
    }

    /** A message of the bundles in a given language (the home page's suggestion speaks the visitor's language). */
    public String textIn(NetworkLanguage language, String key) {
        return messages.getMessage(key, null, language.locale());
    }

    /** What the page's links start with: "" for English, "/pl" for Polish (for pages without the site's model, errors). */
    public String prefix() {
        return NetworkLanguage.of(LocaleContextHolder.getLocale()).pathPrefix();
    }

    /** The page's locale; British English for English pages (day before month, as the network writes). */
    static Locale locale() {
        Locale locale = NetworkLanguage.of(LocaleContextHolder.getLocale()).locale();
        return locale.getLanguage().equals("en") ? Locale.UK : locale;
    }

    /** A day of the network (Amsterdam): "2 December 2026". */
    public String day(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale())
                .format(instant.atZone(TimeZones.NETWORK));
    }

    /** An event's local date and time: "2 December 2026, 10:00". */
    public String dateTime(LocalDateTime time) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale())
                .format(time);
    }

    /**
     * When an event takes place, in its own zone: "2 December 2026, 10:00 – 2 December 2026, 16:00, Kyiv (Eastern
     * European Time, UTC+02:00)".
     */
    public String eventWhen(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return eventTimes.get(new EventWhen(locale(), start, end, zone),
                key -> dateTime(start) + (end != null ? " – " + dateTime(end) : "") + ", " + zone(zone, start));
    }

    /** {@link #eventWhen} of an event in a list. */
    public String eventWhen(PublicEventTimes event) {
        return eventWhen(event.start(), event.end(), event.zone());
    }

    /**
     * A zone as people read it, with its offset at that moment: "Kyiv (Eastern European Time, UTC+02:00)", "Київ
     * (за східноєвропейським часом, UTC+02:00)": the city in the page's language (CLDR, through ICU), then the zone.
     */
    public String zone(ZoneId zone, LocalDateTime at) {
        Locale locale = locale();
        String offset = at.atZone(zone).getOffset().getId().replace("Z", "+00:00");
        String canonical = com.ibm.icu.util.TimeZone.getCanonicalID(zone.getId());
        String city = canonical == null ? null
                : TimeZoneNames.getInstance(ULocale.forLocale(locale)).getExemplarLocationName(canonical);
        if (city == null) {
            city = zone.getId().substring(zone.getId().lastIndexOf('/') + 1).replace('_', ' ');
        }
        return city + " (" + zone.getDisplayName(TextStyle.FULL, locale) + ", UTC" + offset + ")";
    }

    /** A file's size in the page's language: "340 KB", "1.2 MB" ("1,2 MB" in Polish). */
    public String fileSize(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(locale());
        number.setMaximumFractionDigits(1);
        return bytes < 1024 * 1024 ? text("site.file-size.kb", number.format(Math.max(1, Math.round(bytes / 1024.0))))
                : text("site.file-size.mb", number.format(bytes / (1024.0 * 1024.0)));
    }

    /** A phone number as a tel: link dials it: "+48 22 628 01 20" as "tel:+48226280120". */
    public String telephone(String number) {
        return number == null ? null : "tel:" + number.replaceAll("[^+0-9]", "");
    }

    /** A country's name from its ISO code. */
    public String country(String code) {
        return code == null ? "" : names.get(new Named(locale(), true, List.of(code)),
                key -> new Locale("", code).getDisplayCountry(key.locale()));
    }

    /** A language's name from its ISO 639-1 code, capitalised as a label: "Polish", "Polski", "Польська". */
    public String language(String code) {
        if (code == null) {
            return "";
        }
        return names.get(new Named(locale(), false, List.of(code)), key -> {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(key.locale());
            return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(key.locale()) + name.substring(1);
        });
    }

    /** Code to name for a filter, in the order of the names in the page's language. */
    public Map<String, String> named(Iterable<String> codes, boolean countries) {
        List<String> list = new ArrayList<>();
        codes.forEach(list::add);
        return namedInOrder.get(new Named(locale(), countries, List.copyOf(list)), key -> {
            Collator order = Collator.getInstance(key.locale());
            Map<String, String> byCode = new TreeMap<>();
            key.codes().forEach(code -> byCode.put(code, countries ? country(code) : language(code)));
            return Collections.unmodifiableMap(byCode.entrySet().stream().sorted(Map.Entry.comparingByValue(order))
                    .collect(LinkedHashMap::new, (map, entry) -> map.put(entry.getKey(), entry.getValue()), Map::putAll));
        });
    }
}
