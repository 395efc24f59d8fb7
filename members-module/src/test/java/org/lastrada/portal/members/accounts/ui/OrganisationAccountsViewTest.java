package org.lastrada.portal.members.accounts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** An organisation admin manages the own organisation's accounts, and a new person must change the initial password. */
class OrganisationAccountsViewTest extends ViewTest {

    @Autowired AccountRepository accounts;

    @BeforeEach
    void signInAsOrgAdmin() {
        login(accounts.findByUsername("netherlands.admin").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/accounts");
    }

    @Test
    void listsOnlyTheOwnOrganisationsAccounts() {
        OrganisationAccountsView view = _get(OrganisationAccountsView.class);
        assertThat(view.grid.getGenericDataView().getItems().map(Account::getUsername).toList())
                .contains("netherlands.editor", "netherlands.admin").doesNotContain("poland.editor", "moderator", "admin");
    }

    @Test
    void createsAnAccountWhoseInitialPasswordMustBeChangedFirst() {
        String username = "nl-" + UUID.randomUUID().toString().substring(0, 8);
        _click(_get(Button.class, spec -> spec.withText("New account")));
        _get(TextField.class, spec -> spec.withLabel("Username")).setValue(username);
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Noor de Vries");
        _get(EmailField.class, spec -> spec.withLabel("E-mail")).setValue("noor@example.org");
        _get(PasswordField.class, spec -> spec.withLabel("Initial password")).setValue("password1234");
        _click(_get(Button.class, spec -> spec.withText("Create account")));

        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Initial password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("too common");
        assertThat(accounts.existsByUsername(username)).isFalse();

        password.setValue("tulip-canal-bicycle-7");
        _click(_get(Button.class, spec -> spec.withText("Create account")));
        Account created = accounts.findByUsername(username).orElseThrow();
        // That the new person is then kept on the password page is portal-web's gate (InitialPasswordGateTest there).
        assertThat(created.isMustChangePassword()).isTrue();
    }

    @Test
    void disablesAndReEnablesAnAccount() {
        OrganisationAccountsView view = _get(OrganisationAccountsView.class);
        int row = view.grid.getGenericDataView().getItems().map(Account::getUsername).toList().indexOf("netherlands.editor");

        _click(buttonIn(view, row, "Disable"));
        assertThat(accounts.findByUsername("netherlands.editor").orElseThrow().isEnabled()).isFalse();

        _click(buttonIn(view, row, "Enable"));
        assertThat(accounts.findByUsername("netherlands.editor").orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void editorsCannotOpenTheAccountsByUrl() {
        login(accounts.findByUsername("netherlands.editor").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/accounts");
        assertNavigationDenied();
    }

    private static Button buttonIn(OrganisationAccountsView view, int row, String text) {
        var cell = (HorizontalLayout) GridKt._getCellComponent(view.grid, row, "actions");
        return cell.getChildren().map(Button.class::cast).filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }
}
