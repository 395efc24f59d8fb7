package org.lastrada.portal.secretariat.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.SecretariatTestApplication;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.audit.AuditEvent;
import org.lastrada.portal.shared.audit.AuditEventRepository;
import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.pages.NetworkPageRepository;
import org.lastrada.portal.shared.pages.NetworkPageVersion;
import org.lastrada.portal.shared.pages.NetworkPageVersionRepository;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The secretariat keeps the network pages in several languages as drafts and published versions, with their history,
 * audited; nobody else may, and a refused save writes nothing.
 */
@Tag("database")
@SpringBootTest(classes = SecretariatTestApplication.class)
class NetworkPagesTest {

    @Autowired NetworkPages networkPages;
    @Autowired NetworkPageRepository pages;
    @Autowired NetworkPageVersionRepository versions;
    @Autowired AuditEventRepository auditEvents;

    private String slug;

    @BeforeEach
    void newPage() {
        Fixtures.signIn(Fixtures.actor(Role.MODERATOR, null));
        slug = networkPages.create(Fixtures.uniqueSlug("mission"), "Mission", "We empower persons to exercise their rights.", 50).getSlug();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void aNewPageIsADraftUntilPublishedAndADraftLeavesThePublishedTextAsItIs() {
        assertThat(pages.findBySlug(slug).orElseThrow().isPublished()).isFalse();
        assertThat(networkPages.history(slug, "en").liveNumber()).isNull();

        networkPages.publish(slug, "en", "Mission", "We empower persons to exercise their rights.", 50);
        NetworkPage published = pages.findBySlug(slug).orElseThrow();
        assertThat(published.isPublished()).isTrue();
        assertThat(networkPages.history(slug, "en").versions()).as("publishing the draft as it is adds no version").hasSize(1);
        networkPages.publish(slug, "en", "Mission", "We empower persons to exercise their rights.", 50);
        assertThat(pages.findBySlug(slug).orElseThrow().getVersion()).as("publishing the public text again changes nothing")
                .isEqualTo(published.getVersion());

        NetworkPageVersion draft = networkPages.saveDraft(slug, "en", "Our mission", "We empower **all** persons.", 40);
        assertThat(draft.getNumber()).isEqualTo(2);
        NetworkPage stillPublic = pages.findBySlug(slug).orElseThrow();
        assertThat(stillPublic.getTitle()).isEqualTo("Mission");
        assertThat(stillPublic.getPosition()).isEqualTo(50);
        assertThat(networkPages.saveDraft(slug, "en", "Our mission", "We empower **all** persons.", 40).getNumber())
                .as("saving the same text again adds no version").isEqualTo(2);

        NetworkPages.History history = networkPages.history(slug, "en");
        assertThat(history.liveNumber()).isEqualTo(1);
        assertThat(history.draft()).map(NetworkPageVersion::getNumber).contains(2);
        assertThat(history.versions()).extracting(NetworkPageVersion::getSavedBy).containsOnly("moderator-null");

        networkPages.publish(slug, "en", "Our mission", "We empower **all** persons.", 40);
        NetworkPage now = pages.findBySlug(slug).orElseThrow();
        assertThat(now.getTitle()).isEqualTo("Our mission");
        assertThat(now.getPosition()).isEqualTo(40);
        assertThat(networkPages.history(slug, "en").liveNumber()).isEqualTo(2);
        assertThat(networkPages.history(slug, "en").draft()).isEmpty();
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAtAsc("page", slug)).extracting(AuditEvent::getAction)
                .containsExactly("page.create", "page.publish", "page.draft", "page.draft", "page.publish");
    }

    @Test
    void aNewPagePublishedAtOnceIsPublicWithItsOneVersionAndARefusedOneLeavesNoPage() {
        String published = networkPages.createAndPublish(Fixtures.uniqueSlug("values"), "Values", "Human rights first.", 60).getSlug();
        assertThat(pages.findBySlug(published).orElseThrow().isPublished()).isTrue();
        NetworkPages.History history = networkPages.history(published, "en");
        assertThat(history.versions()).hasSize(1);
        assertThat(history.liveNumber()).isEqualTo(1);
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAtAsc("page", published)).extracting(AuditEvent::getAction)
                .containsExactly("page.create", "page.publish");

        String refused = Fixtures.uniqueSlug("refused");
        assertThatThrownBy(() -> networkPages.createAndPublish(refused, " ", "No title.", 60)).isInstanceOf(ConstraintViolationException.class);
        assertThat(pages.findBySlug(refused)).isEmpty();
    }

    @Test
    void anOldVersionIsRestoredAsANewDraftAndPublishedAgain() {
        networkPages.publish(slug, "en", "Mission", "First text.", 50);
        networkPages.publish(slug, "en", "Mission", "Second text.", 50);

        NetworkPageVersion restored = networkPages.restore(slug, "en", 2);
        assertThat(restored.getNumber()).isEqualTo(4);
        assertThat(restored.getRestoredFrom()).isEqualTo(2);
        assertThat(restored.getBody()).isEqualTo("First text.");
        assertThat(restored.wasPublished()).isFalse();
        assertThat(pages.findBySlug(slug).orElseThrow().getBody()).as("a restored version is a draft").isEqualTo("Second text.");
        assertThat(networkPages.history(slug, "en").versions()).extracting(NetworkPageVersion::getNumber).containsExactly(4, 3, 2, 1);

        networkPages.publish(slug, "en", restored.getTitle(), restored.getBody(), restored.getPosition());
        assertThat(pages.findBySlug(slug).orElseThrow().getBody()).isEqualTo("First text.");
        assertThat(networkPages.history(slug, "en").liveNumber()).isEqualTo(4);
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAtAsc("page", slug)).extracting(AuditEvent::getSummary)
                .contains("en #2 -> #4: Mission");
    }

    @Test
    void aTranslationHasItsOwnDraftsAndVersionsAndIsPublicOnlyOncePublished() {
        networkPages.publish(slug, "en", "Mission", "We empower persons.", 50);
        networkPages.saveDraft(slug, "pl", "Misja", "Wspieramy ludzi.", null);
        assertThat(pages.findWithTranslationsBySlug(slug).orElseThrow().translation("pl")).as("a draft translation").isEmpty();

        networkPages.publish(slug, "pl", "Nasza misja", "Wspieramy ludzi w korzystaniu z ich praw.", null);
        networkPages.publish(slug, "ru", "Миссия", "Мы помогаем людям пользоваться своими правами.", null);
        NetworkPage page = pages.findWithTranslationsBySlug(slug).orElseThrow();
        assertThat(page.inLanguage("pl").title()).isEqualTo("Nasza misja");
        assertThat(page.inLanguage("ru").body()).isEqualTo("Мы помогаем людям пользоваться своими правами.");
        assertThat(page.getTitle()).as("the English page").isEqualTo("Mission");
        assertThat(networkPages.history(slug, "pl").versions()).extracting(NetworkPageVersion::getNumber).containsExactly(2, 1);
        assertThat(networkPages.history(slug, "pl").liveNumber()).isEqualTo(2);
        assertThat(networkPages.history(slug, "en").versions()).as("the created draft and the published text").hasSize(2);

        networkPages.removeTranslation(slug, "pl");
        assertThat(pages.findWithTranslationsBySlug(slug).orElseThrow().inLanguage("pl").fellBack()).isTrue();
        assertThat(networkPages.history(slug, "pl").liveNumber()).as("no translation is public").isNull();
        assertThat(networkPages.history(slug, "pl").versions()).as("its history stays").hasSize(2);
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAtAsc("page", slug)).extracting(AuditEvent::getAction)
                .endsWith("page.remove_translation");
    }

    @Test
    void refusedSavesWriteNothing() {
        assertThatThrownBy(() -> networkPages.publish(slug, "de", "Mission", "Text", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> networkPages.saveDraft(slug, "PL", "Misja", "Tekst", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> networkPages.publish(slug, "uk", " ", "Текст", null)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> networkPages.saveDraft(slug, "en", "x".repeat(201), "Text", 50))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> networkPages.publish("no-such-page", "uk", "Місія", "Текст", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> networkPages.restore(slug, "en", 7)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> networkPages.removeTranslation(slug, "uk")).isInstanceOf(InvalidInputException.class);
        Fixtures.signIn(Fixtures.actor(Role.ORG_ADMIN, 1L));
        assertThatThrownBy(() -> networkPages.publish(slug, "uk", "Місія", "Текст", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> networkPages.saveDraft(slug, "en", "Taken over", "Text", 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> networkPages.restore(slug, "en", 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> networkPages.history(slug, "en")).isInstanceOf(AccessDeniedException.class);

        NetworkPage page = pages.findWithTranslationsBySlug(slug).orElseThrow();
        assertThat(page.getTranslations()).isEmpty();
        assertThat(page.isPublished()).isFalse();
        assertThat(versions.findByPageIdAndLanguageOrderByNumberDesc(page.getId(), "en")).hasSize(1);
        assertThat(versions.findByPageIdAndLanguageOrderByNumberDesc(page.getId(), "uk")).isEmpty();
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAtAsc("page", slug)).hasSize(1);
    }
}
