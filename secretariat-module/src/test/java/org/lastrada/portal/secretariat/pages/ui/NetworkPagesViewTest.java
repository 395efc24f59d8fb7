package org.lastrada.portal.secretariat.pages.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.pages.NetworkPageRepository;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

class NetworkPagesViewTest extends ViewTest {

    @Autowired AccountRepository accounts;
    @Autowired NetworkPageRepository pages;

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
}
