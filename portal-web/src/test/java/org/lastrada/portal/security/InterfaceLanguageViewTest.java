package org.lastrada.portal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/**
 * The workspace speaks each account's language from the first screen after sign-in, and a person who chooses another
 * language on My account reads the next screen in it.
 */
@ActiveProfiles("test")
class InterfaceLanguageViewTest extends ViewTest {

    @Autowired AccountRepository accounts;

    @Test
    void theFirstScreenAfterSignInIsInTheAccountsLanguage() {
        Account account = accounts.findByUsername("poland.admin").orElseThrow();
        account.chooseInterfaceLanguage(NetworkLanguage.POLISH);
        login(accounts.save(account).asActor());

        UI.getCurrent().navigate("workspace");

        assertThat(_get(H2.class).getText()).isEqualTo("Nasz profil");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Nasz profil", "Nasze wpisy", "Nasze konta");
        assertThat(_get(Button.class, spec -> spec.withText("Wyloguj się"))).isNotNull();
    }

    @Test
    void choosingALanguageOnMyAccountChangesTheNextScreen() {
        login(accounts.findByUsername("ukraine.editor").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/password");
        ChangePasswordView page = _get(ChangePasswordView.class);
        assertThat(page.language.getValue()).isEqualTo(NetworkLanguage.ENGLISH);
        assertThat(page.language.getItemLabelGenerator().apply(NetworkLanguage.UKRAINIAN)).as("each language by its own name")
                .isEqualTo("Українська");

        page.language.setValue(NetworkLanguage.UKRAINIAN);
        _click(_get(Button.class, spec -> spec.withText("Save language")));

        assertThat(accounts.findByUsername("ukraine.editor").orElseThrow().interfaceLanguage()).isEqualTo(NetworkLanguage.UKRAINIAN);
        UI.getCurrent().navigate("workspace/posts");
        assertThat(_get(H2.class).getText()).isEqualTo("Наші дописи");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Наші дописи | Портал мережі LSI");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Наш профіль", "Мій обліковий запис");
    }
}
