package org.lastrada.portal.shared.posts;

/**
 * A public post of a translation group, as a post page links to it: its language (ISO 639-1), address and title, and
 * whether it is the original the others translate.
 */
public record PublicTranslationLink(Long id, String slug, String language, String title, boolean original) {
}
