package org.lastrada.portal.shared.posts;

import java.time.Instant;
import java.util.List;

/**
 * The public side of translation groups, for the public site and the API (through PublicCatalogue), with the public
 * lists' visibility rule: a translation is public when it is published, past its moment, and of an active organisation.
 * A translation is a public post of its own at its own address ({@code PostRepository.findPublicBySlug}); lists show
 * its group once, by the original ({@link PublicPostLists}), and these show the group in a language.
 * <ul>
 * <li>{@link #inLanguage}: a page of list cards in a language, in one query for the whole page (none when every card is
 * in that language already): a list in Polish shows the Polish translation of a post where one is public, else the
 * original, marked with its language.</li>
 * <li>{@link #findPublicTranslationGroup}: a post page's links to the other languages of its group
 * ({@code post.getOriginalId()} names the group): two look-ups by key.</li>
 * </ul>
 */
public interface PublicPostTranslations {

    /**
     * The cards in the language (ISO 639-1 code, as {@code NetworkLanguage.code()}), in the cards' order: each card
     * replaced by its group's public translation in that language, if there is one. The cards are public ones, as the
     * lists give them (their organisation is active, and so is a translation's, which is its original's).
     */
    List<LocalisedPostCard> inLanguage(List<PublicPostCard> cards, String language, Instant now);

    /**
     * The public posts of the translation group of the original {@code originalId}: the original, if public, first, then
     * its public translations by language. A post page leaves itself out and links the others.
     */
    List<PublicTranslationLink> findPublicTranslationGroup(Long originalId, Instant now);

    /**
     * The public translations of the original {@code originalId}, by language (one look-up by key): its page's links
     * when the original itself is shown, which is public and of an active organisation already.
     */
    List<PublicTranslationLink> findPublicTranslations(Long originalId, Instant now);
}
