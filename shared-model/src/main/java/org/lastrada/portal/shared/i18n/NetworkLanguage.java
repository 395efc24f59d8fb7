package org.lastrada.portal.shared.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The languages the network works in: the portal's interface exists in each of them. English is the network's common
 * language: the public site's addresses without a language prefix, and the fallback of every text.
 */
public enum NetworkLanguage {
    ENGLISH("en", "English"),
    BELARUSIAN("be", "Беларуская"),
    BULGARIAN("bg", "Български"),
    CZECH("cs", "Čeština"),
    MACEDONIAN("mk", "Македонски"),
    ROMANIAN("ro", "Română"),
    RUSSIAN("ru", "Русский"),
    DUTCH("nl", "Nederlands"),
    POLISH("pl", "Polski"),
    UKRAINIAN("uk", "Українська");

    /** The public site's language prefixes ("/pl/news"), as a path-pattern alternative: every language but English. */
    public static final String PREFIXES = "be|bg|cs|mk|ro|ru|nl|pl|uk";

    /** The language a country's staff most likely read first; English for any other country. */
    private static final Map<String, NetworkLanguage> BY_COUNTRY = Map.of("BY", BELARUSIAN, "BG", BULGARIAN, "CZ", CZECH,
            "MK", MACEDONIAN, "RO", ROMANIAN, "MD", ROMANIAN, "RU", RUSSIAN, "NL", DUTCH, "PL", POLISH, "UA", UKRAINIAN);
    private static final Map<String, NetworkLanguage> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(NetworkLanguage::code, language -> language));

    private final String code;
    private final String nativeName;
    private final Locale locale;

    NetworkLanguage(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
        this.locale = Locale.forLanguageTag(code);
    }

    /** ISO 639-1 code: "pl". */
    public String code() {
        return code;
    }

    /** The language's name in itself ("Polski"), as a language switcher shows it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isEnglish() {
        return this == ENGLISH;
    }

    /** The public site's address prefix: "" for English, "/pl" for Polish. */
    public String pathPrefix() {
        return isEnglish() ? "" : "/" + code;
    }

    public static Optional<NetworkLanguage> fromCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.strip().toLowerCase(Locale.ROOT)));
    }

    /** The network language of a locale, English when the locale's language is none of them. */
    public static NetworkLanguage of(Locale locale) {
        return locale == null ? ENGLISH : fromCode(locale.getLanguage()).orElse(ENGLISH);
    }

    /** The language an account in an organisation of this country starts with (ISO 3166 alpha-2). */
    public static NetworkLanguage forCountry(String countryCode) {
        return countryCode == null ? ENGLISH : BY_COUNTRY.getOrDefault(countryCode.strip().toUpperCase(Locale.ROOT), ENGLISH);
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(NetworkLanguage::locale).toList();
    }
}
