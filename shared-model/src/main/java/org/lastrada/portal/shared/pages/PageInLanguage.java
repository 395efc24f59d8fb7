package org.lastrada.portal.shared.pages;

import java.time.Instant;

/**
 * A network page as a visitor reading one language sees it: its translation into that language, or the English page,
 * saying so, so that the site can tell the visitor ("This page is not yet available in Polish; shown in English").
 *
 * @param language the language the title and body are in (ISO 639-1): the requested one, or "en"
 * @param requestedLanguage the language asked for
 * @param updatedAt when the text shown last changed
 */
public record PageInLanguage(String slug, String title, String body, int position, String language, String requestedLanguage,
                             Instant updatedAt) {

    /** Asked for in a language the page has no translation into: shown in English. */
    public boolean fellBack() {
        return !language.equals(requestedLanguage);
    }
}
