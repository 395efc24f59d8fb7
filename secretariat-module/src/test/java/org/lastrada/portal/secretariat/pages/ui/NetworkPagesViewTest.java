package org.lastrada.portal.secretariat.pages.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.secretariat.pages.NetworkPages;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.pages.NetworkPageRepository;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

class NetworkPagesViewTest extends ViewTest {

    @Autowired AccountRepository accounts;
    @Autowired NetworkPageRepository pages;
    @Autowired NetworkPages networkPages;

    @Test
    void moderatorEditsAPageWithPreviewAndAddsANewOne() {
        login(accounts.findByUsername("moderator").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/pages");
        NetworkPagesView view = _get(NetworkPagesView.class);

        view.page.setValue(pages.findBySlug("about").orElseThrow());
        view.body.setValue("About **the network**.");
        assertThat(view.preview.getElement().getProperty("innerHTML")).contains("<strong>the network</strong>");
        _click(_get(Button.class, spec -> spec.withText("Save and publish")));
        assertThat(pages.findBySlug("about").orElseThrow().getBody()).isEqualTo("About **the network**.");

        String slug = "partners-" + UUID.randomUUID().toString().substring(0, 6);
        view.page.clear();
        view.title.setValue("Our partners");
        view.slug.setValue(slug);
        view.body.setValue("Partners of the network.");
        _click(view.saveDraft);
        assertThat(pages.findBySlug(slug).orElseThrow().isPublished()).as("a new page saved as a draft").isFalse();
        assertThat(view.state.getText()).startsWith("Not published yet");
        _click(_get(Button.class, spec -> spec.withText("Save and publish")));
        assertThat(pages.findBySlug(slug).orElseThrow().getTitle()).isEqualTo("Our partners");
        assertThat(pages.findBySlug(slug).orElseThrow().isPublished()).isTrue();

        view.page.clear();
        view.title.setValue("Duplicate");
        view.slug.setValue(slug);
        _click(_get(Button.class, spec -> spec.withText("Save and publish")));
        assertThat(view.slug.isInvalid()).isTrue();
    }

    @Test
    void moderatorTranslatesAPageAndRemovesTheTranslation() {
        login(accounts.findByUsername("moderator").orElseThrow().asActor());
        String slug = "values-" + UUID.randomUUID().toString().substring(0, 6);
        networkPages.create(slug, "Our values", "Human rights first.", 95);
        networkPages.publish(slug, "en", "Our values", "Human rights first.", 95);
        UI.getCurrent().navigate("workspace/pages");
        NetworkPagesView view = _get(NetworkPagesView.class);
        view.page.setValue(pages.findBySlug(slug).orElseThrow());
        String englishTitle = view.title.getValue();

        view.language.setValue(NetworkLanguage.CZECH);
        assertThat(view.title.getValue()).isEmpty();
        assertThat(view.state.getText()).startsWith("No translation into this language yet");
        assertThat(view.removeTranslation.isVisible()).isFalse();
        assertThat(view.position.isReadOnly()).isTrue();

        _click(_get(Button.class, spec -> spec.withText("Save and publish")));
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(pages.findWithTranslationsBySlug(slug).orElseThrow().translation("cs")).isEmpty();

        view.title.setValue("Hodnoty a zásady");
        view.body.setValue("Síť stojí na **lidských právech**.");
        _click(_get(Button.class, spec -> spec.withText("Save and publish")));
        var saved = pages.findWithTranslationsBySlug(slug).orElseThrow();
        assertThat(saved.translation("cs").orElseThrow().getTitle()).isEqualTo("Hodnoty a zásady");
        assertThat(saved.getTitle()).isEqualTo(englishTitle);
        assertThat(view.language.getValue()).isEqualTo(NetworkLanguage.CZECH);
        assertThat(view.title.getValue()).isEqualTo("Hodnoty a zásady");
        assertThat(view.state.getText()).startsWith("Visitors see version");

        _click(view.removeTranslation);
        assertThat(pages.findWithTranslationsBySlug(slug).orElseThrow().translation("cs")).isEmpty();
        assertThat(view.state.getText()).startsWith("No translation into this language yet");
        assertThat(view.title.getValue()).as("the last version stays, ready to publish again").isEqualTo("Hodnoty a zásady");
        assertThat(view.removeTranslation.isVisible()).isFalse();

        view.language.setValue(NetworkLanguage.ENGLISH);
        assertThat(view.title.getValue()).isEqualTo(englishTitle);
        view.page.clear();
        assertThat(view.language.isEnabled()).isFalse();
    }

    @Test
    void aDraftWaitsWhileThePublicReadsThePublishedTextAndAnOldVersionComesBackAsADraft() {
        login(accounts.findByUsername("moderator").orElseThrow().asActor());
        String slug = "history-" + UUID.randomUUID().toString().substring(0, 6);
        networkPages.create(slug, "Our history", "Founded in 1995 by eight organisations.", 90);
        networkPages.publish(slug, "en", "Our history", "Founded in 1995 by eight organisations.", 90);
        UI.getCurrent().navigate("workspace/pages");
        NetworkPagesView view = _get(NetworkPagesView.class);
        view.page.setValue(pages.findBySlug(slug).orElseThrow());
        assertThat(view.history.isVisible()).isTrue();
        assertThat(view.compareFrom.isVisible()).as("one version: nothing to compare").isFalse();

        view.body.setValue("Founded in 1995 by nine organisations.");
        _click(view.saveDraft);
        assertThat(pages.findBySlug(slug).orElseThrow().getBody()).as("the public text").isEqualTo("Founded in 1995 by eight organisations.");
        assertThat(view.body.getValue()).as("the editor shows the draft").isEqualTo("Founded in 1995 by nine organisations.");
        assertThat(view.state.getText()).contains("Visitors see version 1").contains("Version 2, saved by moderator");
        assertThat(GridKt._size(view.history)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.history, 0)).contains("Draft");
        assertThat(GridKt._getFormattedRow(view.history, 1)).contains("Public now", "moderator");
        assertThat(view.compareFrom.getValue().getNumber()).isEqualTo(1);
        assertThat(view.compareTo.getValue().getNumber()).isEqualTo(2);
        assertThat(view.changes.getElement().getProperty("innerHTML")).contains("<del>eight </del><ins>nine </ins>")
                .contains("Title");

        _click(_get(Button.class, spec -> spec.withText("Save and publish")));
        assertThat(pages.findBySlug(slug).orElseThrow().getBody()).isEqualTo("Founded in 1995 by nine organisations.");

        _click((Button) GridKt._getCellComponent(view.history, 1, "restore"));
        assertThat(view.body.getValue()).isEqualTo("Founded in 1995 by eight organisations.");
        assertThat(String.join(" | ", GridKt._getFormattedRow(view.history, 0))).contains("Draft · restored from version 1");
        assertThat(pages.findBySlug(slug).orElseThrow().getBody()).as("restored as a draft")
                .isEqualTo("Founded in 1995 by nine organisations.");
        assertThat(view.changes.getElement().getProperty("innerHTML")).as("what the draft changes in the public text")
                .contains("<del>nine </del><ins>eight </ins>");
    }
}
