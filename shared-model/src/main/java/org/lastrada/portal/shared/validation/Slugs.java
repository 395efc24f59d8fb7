package org.lastrada.portal.shared.validation;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe identifiers ("la-strada-poland") as used in public addresses. */
public final class Slugs {

    /** Lower-case letters and digits in groups joined by single hyphens. */
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** The constraint message: a key of the bundles ("may contain only lower-case letters, digits and single hyphens"). */
    public static final String MESSAGE = "{workspace.validation.slug}";

    private Slugs() {
    }

    /** Turns a title into a slug: accents dropped, anything else than letters and digits becomes a hyphen. */
    public static String fromTitle(String title, int maxLength) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > maxLength) {
            ascii = ascii.substring(0, maxLength).replaceAll("-+$", "");
        }
        return ascii.isEmpty() ? "item" : ascii;
    }
}
