package org.lastrada.portal.workspaceui;

import com.vaadin.flow.component.ItemLabelGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.lastrada.portal.shared.i18n.NetworkLanguage;

/** Languages and countries as ISO codes, labelled by their names in the UI's language, for the workspace's pickers. */
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

    /** "Polish (pl)", "polski (pl)"; an empty choice reads as the given text. */
    public static ItemLabelGenerator<String> languageLabel(String whenEmpty) {
        return code -> code == null ? whenEmpty : languageName(code) + " (" + code + ")";
    }

    /** A network language as its reader names it, with its own name where that differs: "Polish (polski)", "polski". */
    public static ItemLabelGenerator<NetworkLanguage> networkLanguageLabel() {
        return language -> {
            String name = languageName(language.code());
            return name.equalsIgnoreCase(language.nativeName()) ? language.nativeName() : name + " (" + language.nativeName() + ")";
        };
    }

    /** "Poland (PL)", "Polska (PL)"; an empty choice reads as the given text. */
    public static ItemLabelGenerator<String> countryLabel(String whenEmpty) {
        return code -> code == null ? whenEmpty : countryName(code) + " (" + code + ")";
    }

    /** The language's name in the UI's language (the JDK's names, as the public site's). */
    public static String languageName(String code) {
        return code == null ? "" : new Locale(code).getDisplayLanguage(WorkspaceTexts.locale());
    }

    /** The country's name in the UI's language. */
    public static String countryName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(WorkspaceTexts.locale());
    }
}
