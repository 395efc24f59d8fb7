package org.lastrada.portal.shared.posts;

/**
 * A list's entry shown in a language: {@code shown} is the published translation in that language where the post's
 * group has one, else the list's own card ({@code listed}, the original), which then says which language it is in.
 * The entry keeps its place in the list by {@code listed}: "Older"/"Newer" links take {@link #listKey()}.
 *
 * @param listed the card the list holds (the group's original), which fixes the entry's place in the list
 * @param shown what to show: the translation in the requested language, or {@code listed} itself
 * @param requestedLanguage the language the list is read in (ISO 639-1)
 */
public record LocalisedPostCard(PublicPostCard listed, PublicPostCard shown, String requestedLanguage) {

    /** The shown card is a translation of the listed one. */
    public boolean translated() {
        return !shown.id().equals(listed.id());
    }

    /** The shown card is in the requested language; if not, a list marks it with {@code shown().language()}. */
    public boolean inRequestedLanguage() {
        return shown.language().equals(requestedLanguage);
    }

    /** The entry's place in the list, for keyset links. */
    public PostListKey listKey() {
        return PostListKey.of(listed);
    }
}
