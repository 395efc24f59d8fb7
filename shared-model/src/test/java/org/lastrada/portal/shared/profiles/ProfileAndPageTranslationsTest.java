package org.lastrada.portal.shared.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.organisations.ProfileInLanguage;
import org.lastrada.portal.shared.organisations.ProfileTranslation;
import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.pages.NetworkPageRepository;
import org.lastrada.portal.shared.pages.PageInLanguage;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.RevisionStatus;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profiles and network pages in several languages: the public reads an approved translation, else the English text and
 * is told so; a profile translation is a profile change of its language, public only once approved. On a real database.
 */
@Tag("database")
@SpringBootTest(classes = SharedModelTestApplication.class)
class ProfileAndPageTranslationsTest {

    @Autowired MemberOrganisationRepository organisations;
    @Autowired ProfileRevisionRepository revisions;
    @Autowired ProfileWorkflow workflow;
    @Autowired NetworkPageRepository pages;
    @Autowired TransactionTemplate transaction;

    private MemberOrganisation member;
    private Actor editor;
    private final Actor moderator = Fixtures.actor(Role.MODERATOR, null);

    @BeforeEach
    void newMember() {
        member = Fixtures.newMember(organisations);
        editor = Fixtures.actor(Role.EDITOR, member.getId());
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void aProfileWithoutTranslationIsShownInEnglishAndSaysSo() {
        ProfileInLanguage inPolish = publicProfile().profileIn("pl");

        assertThat(inPolish.fellBack()).isTrue();
        assertThat(inPolish.language()).isEqualTo("en");
        assertThat(inPolish.requestedLanguage()).isEqualTo("pl");
        assertThat(inPolish.profile().getName()).isEqualTo("La Strada Test");
        assertThat(publicProfile().profileIn("en").fellBack()).isFalse();
    }

    @Test
    void aProfileTranslationIsPublicOnlyOnceApprovedAndLeavesTheProfileItselfAlone() {
        Instant profileUpdated = member.getProfileUpdatedAt();
        ProfileRevision revision = revisions.save(new ProfileRevision(member, "pl", polish(), editor, Instant.now()));
        assertThat(revision.getStatus()).isEqualTo(RevisionStatus.SUBMITTED);
        assertThat(revision.getLanguage()).isEqualTo("pl");
        assertThat(revision.title()).isEqualTo("Polish profile of La Strada Test");

        assertThat(publicProfile().profileIn("pl").fellBack()).as("submitted, not approved: not public").isTrue();
        decide(revision, WorkflowAction.REQUEST_CHANGES, "Please translate the city too.");
        assertThat(publicProfile().profileIn("pl").fellBack()).as("sent back: not public").isTrue();
        transaction.executeWithoutResult(status -> {
            ProfileRevision open = revisions.findByOpenForOrganisationIdAndLanguage(member.getId(), "pl").orElseThrow();
            open.revise(polish(), Instant.now());
            workflow.take(open, WorkflowAction.RESUBMIT, editor, null);
        });
        decide(revision, WorkflowAction.APPROVE, null);

        MemberOrganisation approved = publicProfile();
        ProfileInLanguage inPolish = approved.profileIn("pl");
        assertThat(inPolish.fellBack()).isFalse();
        assertThat(inPolish.language()).isEqualTo("pl");
        assertThat(inPolish.profile().getName()).isEqualTo("La Strada Polska");
        assertThat(inPolish.profile().getCity()).isEqualTo("Warszawa");
        assertThat(inPolish.profile().getShortDescription()).isEqualTo("Przeciwdziała handlowi ludźmi.");
        assertThat(inPolish.profile().getTargetGroups()).containsExactly("osoby pokrzywdzone handlem ludźmi");
        assertThat(inPolish.profile().getPublicEmail()).as("contact details are the profile's own").isEqualTo("info@example.org");
        assertThat(inPolish.partlyInEnglish()).isFalse();
        assertThat(approved.getProfile().getName()).as("the English profile").isEqualTo("La Strada Test");
        assertThat(approved.getProfileUpdatedAt()).isEqualTo(profileUpdated);
        assertThat(approved.profileIn("uk").fellBack()).isTrue();
        assertThat(revisions.findByOpenForOrganisationIdAndLanguage(member.getId(), "pl")).isEmpty();
    }

    @Test
    void aTranslationLeavingADescriptionEmptyShowsTheEnglishOneThereAndSaysSo() {
        ProfileRevision revision = revisions.save(new ProfileRevision(member, "uk",
                new ProfileTranslation("Ла Страда Тест", "Варшава", null, null, Set.of()), editor, Instant.now()));
        decide(revision, WorkflowAction.APPROVE, null);

        ProfileInLanguage inUkrainian = publicProfile().profileIn("uk");
        assertThat(inUkrainian.fellBack()).isFalse();
        assertThat(inUkrainian.partlyInEnglish()).isTrue();
        assertThat(inUkrainian.profile().getName()).isEqualTo("Ла Страда Тест");
        assertThat(inUkrainian.profile().getShortDescription()).isEqualTo("Works against trafficking in human beings.");
    }

    @Test
    void anOrganisationHasOneOpenChangePerLanguageAndTranslationsOnlyIntoOtherNetworkLanguages() {
        revisions.saveAndFlush(new ProfileRevision(member, member.getProfile(), editor, Instant.now()));
        revisions.saveAndFlush(new ProfileRevision(member, "pl", polish(), editor, Instant.now()));
        assertThat(revisions.findByOpenForOrganisationId(member.getId())).get().extracting(ProfileRevision::getLanguage).isEqualTo("en");

        assertThatThrownBy(() -> revisions.saveAndFlush(new ProfileRevision(member, "pl", polish(), editor, Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
        for (String language : List.of("en", "de", "PL", "")) {
            assertThatThrownBy(() -> new ProfileRevision(member, language, polish(), editor, Instant.now())).as(language)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("other than English");
        }
    }

    @Test
    void aNetworkPageIsReadInATranslationWhereThereIsOneElseInEnglish() {
        NetworkPage page = pages.save(new NetworkPage(Fixtures.uniqueSlug("values"), "Values", "We respect **human rights**.", 9,
                Instant.now()));
        transaction.executeWithoutResult(status -> pages.findWithTranslationsBySlug(page.getSlug()).orElseThrow()
                .translate("uk", "Цінності", "Ми поважаємо **права людини**.", Instant.now()));

        List<NetworkPage> snapshot = pages.findAllWithTranslationsByOrderByPositionAscTitleAsc();
        NetworkPage read = snapshot.stream().filter(p -> p.getSlug().equals(page.getSlug())).findFirst().orElseThrow();
        PageInLanguage inUkrainian = read.inLanguage("uk");
        assertThat(inUkrainian.title()).isEqualTo("Цінності");
        assertThat(inUkrainian.body()).isEqualTo("Ми поважаємо **права людини**.");
        assertThat(inUkrainian.fellBack()).isFalse();
        PageInLanguage inPolish = read.inLanguage("pl");
        assertThat(inPolish.fellBack()).isTrue();
        assertThat(inPolish.language()).isEqualTo("en");
        assertThat(inPolish.title()).isEqualTo("Values");
        assertThat(read.inLanguage("en").fellBack()).isFalse();

        assertThatThrownBy(() -> read.translate("de", "Werte", "Text", Instant.now())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> read.translate("en", "Values", "Text", Instant.now())).isInstanceOf(InvalidInputException.class);
    }

    /** Read as the public site keeps it: loaded with its translations, then used outside any transaction. */
    private MemberOrganisation publicProfile() {
        return organisations.findWithTranslationsByStatusOrderByProfileNameAsc(OrganisationStatus.ACTIVE).stream()
                .filter(o -> o.getId().equals(member.getId())).findFirst().orElseThrow();
    }

    private void decide(ProfileRevision revision, WorkflowAction decision, String comment) {
        transaction.executeWithoutResult(status ->
                workflow.take(revisions.findById(revision.getId()).orElseThrow(), decision, moderator, comment));
    }

    private static ProfileTranslation polish() {
        return new ProfileTranslation("La Strada Polska", "Warszawa", "Przeciwdziała handlowi ludźmi.",
                "**La Strada Polska** pomaga osobom pokrzywdzonym handlem ludźmi.", Set.of("osoby pokrzywdzone handlem ludźmi"));
    }
}
