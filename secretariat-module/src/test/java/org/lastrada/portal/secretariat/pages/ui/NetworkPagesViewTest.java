package org.lastrada.portal.secretariat.pages.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
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
        _click(_get(Button.class, spec -> spec.withText("Save and publish")));
        assertThat(pages.findBySlug(slug).orElseThrow().getTitle()).isEqualTo("Our partners");

        view.page.clear();
        view.title.setValue("Duplicate");
        view.slug.setValue(slug);
        _click(_get(Button.class, spec -> spec.withText("Save and publish")));
        assertThat(view.slug.isInvalid()).isTrue();
    }

    @Test
    void moderatorTranslatesAPageAndRemovesTheTranslation() {
        login(accounts.findByUsername("moderator").orElseThrow().asActor());
        pages.findWithTranslationsBySlug("values-and-principles").filter(p -> p.translation("cs").isPresent())
                .ifPresent(p -> networkPages.removeTranslation(p.getSlug(), "cs"));
        UI.getCurrent().navigate("workspace/pages");
        NetworkPagesView view = _get(NetworkPagesView.class);
        view.page.setValue(pages.findBySlug("values-and-principles").orElseThrow());
        String englishTitle = view.title.getValue();

        view.language.setValue(NetworkLanguage.CZECH);
        assertThat(view.title.getValue()).isEmpty();
        assertThat(view.translationState.getText()).startsWith("No translation into this language yet");
        assertThat(view.removeTranslation.isVisible()).isFalse();
        assertThat(view.position.isReadOnly()).isTrue();

        _click(_get(Button.class, spec -> spec.withText("Save and publish")));
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(pages.findWithTranslationsBySlug("values-and-principles").orElseThrow().translation("cs")).isEmpty();

        view.title.setValue("Hodnoty a zásady");
        view.body.setValue("Síť stojí na **lidských právech**.");
        _click(_get(Button.class, spec -> spec.withText("Save and publish")));
        var saved = pages.findWithTranslationsBySlug("values-and-principles").orElseThrow();
        assertThat(saved.translation("cs").orElseThrow().getTitle()).isEqualTo("Hodnoty a zásady");
        assertThat(saved.getTitle()).isEqualTo(englishTitle);
        assertThat(view.language.getValue()).isEqualTo(NetworkLanguage.CZECH);
        assertThat(view.title.getValue()).isEqualTo("Hodnoty a zásady");
        assertThat(view.translationState.getText()).isEqualTo("Visitors reading this language see this translation.");

        _click(view.removeTranslation);
        assertThat(pages.findWithTranslationsBySlug("values-and-principles").orElseThrow().translation("cs")).isEmpty();
        assertThat(view.title.getValue()).isEmpty();

        view.language.setValue(NetworkLanguage.ENGLISH);
        assertThat(view.title.getValue()).isEqualTo(englishTitle);
        view.page.clear();
        assertThat(view.language.isEnabled()).isFalse();
    }
}
