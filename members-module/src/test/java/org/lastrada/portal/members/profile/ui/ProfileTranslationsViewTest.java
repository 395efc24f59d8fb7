package org.lastrada.portal.members.profile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.members.profile.ProfileProposals;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.ProfileTranslation;
import org.lastrada.portal.shared.profiles.ProfileRevisionRepository;
import org.lastrada.portal.shared.workflow.RevisionStatus;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A member editor writes the profile in another network language; the translation waits for review like any change. */
class ProfileTranslationsViewTest extends ViewTest {

    @Autowired AccountRepository accounts;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired ProfileRevisionRepository revisions;
    @Autowired ProfileProposals profileProposals;

    private MemberOrganisation poland;

    @BeforeEach
    void signIn() {
        poland = organisations.findWithTranslationsBySlug("la-strada-poland").orElseThrow();
        for (String language : new String[] {"pl", "cs"}) {
            revisions.findByOpenForOrganisationIdAndLanguage(poland.getId(), language).ifPresent(revisions::delete);
        }
        login(accounts.findByUsername("poland.editor").orElseThrow().asActor());
        NotificationsKt.clearNotifications();
        UI.getCurrent().navigate("workspace/organisation/translations");
    }

    @Test
    void opensOnTheCountrysLanguageWithItsLiveTranslationAndSendsAChangeForReview() {
        ProfileTranslationsView view = _get(ProfileTranslationsView.class);
        ProfileTranslation live = poland.translation("pl").orElseThrow();
        assertThat(view.language.getValue()).isEqualTo(NetworkLanguage.POLISH);
        assertThat(view.name.getValue()).isEqualTo(live.getName());
        assertThat(view.reviewState.getText()).isEqualTo("Visitors reading this language see this translation. "
                + "Changes you send are reviewed by the secretariat first.");
        assertThat(view.english.getElement().getProperty("innerHTML")).contains(poland.getProfile().getName());

        view.shortDescription.setValue("Pomagamy osobom pokrzywdzonym handlem ludźmi w całej Polsce.");
        assertThat(view.preview.getElement().getProperty("innerHTML")).contains("Pomagamy osobom pokrzywdzonym");
        _click(_get(Button.class, spec -> spec.withText("Send the translation for review")));

        var revision = revisions.findByOpenForOrganisationIdAndLanguage(poland.getId(), "pl").orElseThrow();
        assertThat(revision.getStatus()).isEqualTo(RevisionStatus.SUBMITTED);
        assertThat(revision.getProposedTranslation().getShortDescription()).isEqualTo("Pomagamy osobom pokrzywdzonym handlem ludźmi w całej Polsce.");
        assertThat(revision.getProposedTranslation().getName()).isEqualTo(live.getName());
        assertThat(organisations.findWithTranslationsBySlug("la-strada-poland").orElseThrow().translation("pl").orElseThrow()
                .getShortDescription()).isEqualTo(live.getShortDescription());
        assertThat(view.reviewState.getText()).contains("submitted").contains("the public still sees the live profile");
        assertThat(view.shortDescription.getValue()).startsWith("Pomagamy");
    }

    @Test
    void aFirstTranslationLeavesTheDescriptionsToTheEnglishOnes() {
        ProfileTranslationsView view = _get(ProfileTranslationsView.class);
        view.language.setValue(NetworkLanguage.CZECH);
        assertThat(view.name.getValue()).isEmpty();
        assertThat(view.reviewState.getText()).isEqualTo("There is no translation into this language yet: its visitors read the English profile.");

        view.name.setValue("Nadace La Strada");
        view.city.setValue("Varšava");
        assertThat(view.preview.getElement().getProperty("innerHTML")).contains("Nadace La Strada")
                .contains(poland.getProfile().getShortDescription());
        _click(_get(Button.class, spec -> spec.withText("Send the translation for review")));

        ProfileTranslation proposed = revisions.findByOpenForOrganisationIdAndLanguage(poland.getId(), "cs").orElseThrow()
                .getProposedTranslation();
        assertThat(proposed.getName()).isEqualTo("Nadace La Strada");
        assertThat(proposed.getCity()).isEqualTo("Varšava");
        assertThat(proposed.getShortDescription()).isNull();
        assertThat(proposed.getTargetGroups()).isEmpty();
    }

    @Test
    void aMissingNameIsMarkedOnTheFieldAndNothingIsSent() {
        ProfileTranslationsView view = _get(ProfileTranslationsView.class);
        view.language.setValue(NetworkLanguage.CZECH);
        view.city.setValue("Varšava");
        _click(_get(Button.class, spec -> spec.withText("Send the translation for review")));

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(revisions.findByOpenForOrganisationIdAndLanguage(poland.getId(), "cs")).isEmpty();
    }

    @Test
    void anotherOrganisationsEditorCanNeitherReadNorSendItsTranslation() {
        login(accounts.findByUsername("bulgaria.editor").orElseThrow().asActor());
        assertThatThrownBy(() -> profileProposals.translationEditing(poland.getId(), "pl")).isInstanceOf(AccessDeniedException.class);
        var base = new ProfileProposals.EditingBase(poland.getVersion(), null, null);
        assertThatThrownBy(() -> profileProposals.proposeTranslation(poland.getId(), "cs", base,
                new ProfileTranslation("Cizí", "Praha", null, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(revisions.findByOpenForOrganisationIdAndLanguage(poland.getId(), "cs")).isEmpty();
    }
}
