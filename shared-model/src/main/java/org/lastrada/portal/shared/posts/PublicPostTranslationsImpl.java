package org.lastrada.portal.shared.posts;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lastrada.portal.shared.organisations.OrganisationStatus;

/** The queries of {@link PublicPostTranslations}: by the key uk_post_live_translation (live_translation_of, language). */
class PublicPostTranslationsImpl implements PublicPostTranslations {

    private final EntityManager entityManager;

    PublicPostTranslationsImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A translation's part of a card, and the original it translates; its organisation is the original's. */
    record TranslationCard(Long originalId, Long id, String slug, String title, String summary, String language, Instant publishedAt,
                           String featuredImage) {
        PublicPostCard card(PublicPostCard original) {
            return new PublicPostCard(id, slug, original.type(), title, summary, language, original.tags(), publishedAt,
                    original.organisationName(), original.organisationSlug(),
                    featuredImage != null ? featuredImage : original.featuredImage());
        }
    }

    /**
     * The cards are public, so their organisation is active, and a translation is of its original's organisation with its
     * type and tags: the translations' own rows are all there is to read, by the live key (a published translation is live).
     */
    @Override
    public List<LocalisedPostCard> inLanguage(List<PublicPostCard> cards, String language, Instant now) {
        List<Long> elsewhere = cards.stream().filter(card -> !card.language().equals(language)).map(PublicPostCard::id).toList();
        Map<Long, TranslationCard> translations = elsewhere.isEmpty() ? Map.of() : entityManager.createQuery("""
                        select new %s(p.liveTranslationOf, p.id, p.slug, p.content.title, p.content.summary, p.content.language,
                               p.publishedAt, p.content.featuredImage)
                        from Post p
                        where p.liveTranslationOf in :originals and p.content.language = :language
                          and p.status = :published and p.publishedAt <= :now""".formatted(TranslationCard.class.getName()),
                        TranslationCard.class)
                .setParameter("originals", elsewhere)
                .setParameter("language", language)
                .setParameter("published", PostStatus.PUBLISHED)
                .setParameter("now", now)
                .getResultList().stream()
                .collect(Collectors.toMap(TranslationCard::originalId, Function.identity()));
        return cards.stream()
                .map(card -> new LocalisedPostCard(card, translations.containsKey(card.id()) ? translations.get(card.id()).card(card) : card,
                        language))
                .toList();
    }

    /** A post of a group with what decides whether the public may see it (a group is one organisation's). */
    record GroupRow(Long id, String slug, String language, String title, PostStatus status, Instant publishedAt,
                    OrganisationStatus organisationStatus) {

        boolean isPublicAt(Instant now) {
            return status == PostStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
        }

        PublicTranslationLink link(boolean original) {
            return new PublicTranslationLink(id, slug, language, title, original);
        }
    }

    /**
     * Two look-ups by key: the original by its id, with its organisation by its id, then the translations by their live key,
     * whatever their state (at most one per language; a published translation is live), the public ones chosen here. An
     * "or" of both keys is a scan on H2, and so was the translations' key next to conditions on their state (H2 walked the
     * public lists' index instead). A group is one organisation's: whether it is active is read once, with the original.
     */
    @Override
    public List<PublicTranslationLink> findPublicTranslationGroup(Long originalId, Instant now) {
        String select = "select new " + GroupRow.class.getName()
                + "(p.id, p.slug, p.content.language, p.content.title, p.status, p.publishedAt, %s) from Post p ";
        List<GroupRow> originals = entityManager.createQuery(select.formatted("o.status")
                        + "join p.organisation o where p.id = :original and p.translationOf is null", GroupRow.class)
                .setParameter("original", originalId)
                .getResultList();
        if (originals.isEmpty() || originals.get(0).organisationStatus() != OrganisationStatus.ACTIVE) {
            return List.of();
        }
        List<PublicTranslationLink> group = new ArrayList<>();
        if (originals.get(0).isPublicAt(now)) {
            group.add(originals.get(0).link(true));
        }
        group.addAll(findPublicTranslations(originalId, now));
        return group;
    }

    /** One look-up by key: the translations by their live key, whatever their state, the public ones chosen here. */
    @Override
    public List<PublicTranslationLink> findPublicTranslations(Long originalId, Instant now) {
        return entityManager.createQuery("select new " + GroupRow.class.getName()
                                + "(p.id, p.slug, p.content.language, p.content.title, p.status, p.publishedAt, null) from Post p "
                                + "where p.liveTranslationOf = :original order by p.content.language", GroupRow.class)
                .setParameter("original", originalId)
                .getResultList().stream()
                .filter(translation -> translation.isPublicAt(now))
                .map(translation -> translation.link(false))
                .toList();
    }
}
