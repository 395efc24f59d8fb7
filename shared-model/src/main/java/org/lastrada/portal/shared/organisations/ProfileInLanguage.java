package org.lastrada.portal.shared.organisations;

/**
 * An organisation's public profile as a visitor reading one language sees it: translated where an approved translation
 * exists, else in English, and saying so, so that the site can tell the visitor ("This profile is not yet available in
 * Polish; shown in English").
 *
 * @param profile the profile to show: a copy, with the translated descriptive fields where there is a translation
 * @param language the language the profile's text is in (ISO 639-1): the requested one, or "en"
 * @param requestedLanguage the language asked for
 * @param partlyInEnglish translated, but a description or the target groups are the English ones (left untranslated)
 */
public record ProfileInLanguage(OrganisationProfile profile, String language, String requestedLanguage, boolean partlyInEnglish) {

    /** Asked for in a language it has no translation into: shown in English. */
    public boolean fellBack() {
        return !language.equals(requestedLanguage);
    }
}
