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
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The secretariat keeps the network pages in several languages, audited as the English pages are; nobody else may. */
@Tag("database")
@SpringBootTest(classes = SecretariatTestApplication.class)
class NetworkPagesTest {

    @Autowired NetworkPages networkPages;
    @Autowired NetworkPageRepository pages;
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
    void aTranslationIsPublicAtOnceReplacedByTheNextAndAudited() {
        networkPages.translate(slug, "pl", "Misja", "Wspieramy ludzi w korzystaniu z ich praw.");
        networkPages.translate(slug, "pl", "Nasza misja", "Wspieramy ludzi w korzystaniu z ich praw.");
        networkPages.translate(slug, "ru", "Миссия", "Мы помогаем людям пользоваться своими правами.");

        NetworkPage page = pages.findWithTranslationsBySlug(slug).orElseThrow();
        assertThat(page.inLanguage("pl").title()).isEqualTo("Nasza misja");
        assertThat(page.inLanguage("ru").body()).isEqualTo("Мы помогаем людям пользоваться своими правами.");
        assertThat(page.getTitle()).as("the English page").isEqualTo("Mission");
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAtAsc("page", slug)).extracting(AuditEvent::getSummary)
                .containsExactly("Mission", "pl: new translation Misja", "pl: Misja -> Nasza misja", "ru: new translation Миссия");

        networkPages.removeTranslation(slug, "pl");
        assertThat(pages.findWithTranslationsBySlug(slug).orElseThrow().inLanguage("pl").fellBack()).isTrue();
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAtAsc("page", slug)).extracting(AuditEvent::getAction)
                .endsWith("page.remove_translation");
    }

    @Test
    void refusedTranslationsWriteNothing() {
        assertThatThrownBy(() -> networkPages.translate(slug, "de", "Mission", "Text")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> networkPages.translate(slug, "en", "Mission", "Text")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> networkPages.translate(slug, "uk", " ", "Текст")).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> networkPages.translate("no-such-page", "uk", "Місія", "Текст")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> networkPages.removeTranslation(slug, "uk")).isInstanceOf(InvalidInputException.class);
        Fixtures.signIn(Fixtures.actor(Role.ORG_ADMIN, 1L));
        assertThatThrownBy(() -> networkPages.translate(slug, "uk", "Місія", "Текст")).isInstanceOf(AccessDeniedException.class);

        NetworkPage page = pages.findWithTranslationsBySlug(slug).orElseThrow();
        assertThat(page.getTranslations()).isEmpty();
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAtAsc("page", slug)).hasSize(1);
    }
}
