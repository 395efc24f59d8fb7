package org.lastrada.portal.publicsite;

import java.util.List;
import org.lastrada.portal.shared.i18n.NetworkLanguage;

/**
 * A public page's language and the same page in every network language: for {@code <html lang>}, the links of the
 * page (each under its language's prefix), the language switcher and the {@code hreflang} alternates.
 *
 * @param language    the page's language
 * @param versions    the page in each language, this one included, in the network's order
 * @param defaultHref the absolute address for {@code hreflang="x-default"}: the English page
 */
public record LanguageVersions(NetworkLanguage language, List<Version> versions, String defaultHref) {

    /**
     * @param href   absolute, without the query: the alternate a search engine keeps
     * @param switchTo relative, with the query (filters, page): where the switcher leads
     */
    public record Version(NetworkLanguage language, String href, String switchTo) {
    }

    /** What the page's own links start with: "" in English, "/pl" in Polish. */
    public String prefix() {
        return language.pathPrefix();
    }

    public String code() {
        return language.code();
    }
}
