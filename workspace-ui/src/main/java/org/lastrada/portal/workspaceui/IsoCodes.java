package org.lastrada.portal.workspaceui;

import com.vaadin.flow.component.ItemLabelGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Languages and countries as ISO codes, labelled by their English names, for the workspace's pickers. */
public final class IsoCodes {

    private static final List<String> LANGUAGES = Arrays.stream(Locale.getISOLanguages()).sorted().toList();
    private static final List<String> COUNTRIES = Arrays.stream(Locale.getISOCountries()).sorted().toList();

    private IsoCodes() {
    }

    /** Every ISO 639-1 language code. */
    public static List<String> languages() {
        return LANGUAGES;
    }

    /** Every ISO 3166 country code. */
    public static List<String> countries() {
        return COUNTRIES;
    }

    /** "Polish (pl)"; an empty choice reads as the given text. */
    public static ItemLabelGenerator<String> languageLabel(String whenEmpty) {
        return code -> code == null ? whenEmpty : languageName(code) + " (" + code + ")";
    }

    /** "Poland (PL)"; an empty choice reads as the given text. */
    public static ItemLabelGenerator<String> countryLabel(String whenEmpty) {
        return code -> code == null ? whenEmpty : countryName(code) + " (" + code + ")";
    }

    public static String languageName(String code) {
        return new Locale(code).getDisplayLanguage(Locale.ENGLISH);
    }

    public static String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
