package org.lastrada.portal.members.accounts.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountService;
import org.lastrada.portal.shared.accounts.NewAccount;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.Notices;
import org.lastrada.portal.workspaceui.ResetPasswordDialog;
import org.lastrada.portal.workspaceui.WorkspaceTime;

/** An organisation admin's accounts: the own organisation's staff only, who can be added, disabled and reset. */
@Route("workspace/accounts")
@PageTitle("Our accounts | LSI Network Portal")
@Menu(order = 3, icon = "vaadin:users", title = "Our accounts")
@RolesAllowed("ORG_ADMIN")
class OrganisationAccountsView extends VerticalLayout {

    private final AccountService accounts;
    private final Long organisationId;
    final Grid<Account> grid = new Grid<>();

    OrganisationAccountsView(AccountService accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.organisationId = currentActor.require().organisationId();
        grid.addColumn(Account::getDisplayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(Account::getUsername).setHeader("Username");
        grid.addColumn(Account::getEmail).setHeader("E-mail").setFlexGrow(2);
        grid.addColumn(a -> a.getRole() == Role.ORG_ADMIN ? "Organisation admin" : "Editor").setHeader("Role");
        grid.addColumn(a -> a.isEnabled() ? "Active" : "Disabled").setHeader("Status");
        grid.addColumn(a -> a.getLastLoginAt() == null ? "never" : WorkspaceTime.format(a.getLastLoginAt())).setHeader("Last sign-in");
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true);
        Button add = new Button("New account", VaadinIcon.PLUS.create(), click -> openNewAccount());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Our accounts"), new Paragraph("People of your organisation who can sign in to the workspace."), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.listManageable());
    }

    private HorizontalLayout actions(Account account) {
        Button toggle = new Button(account.isEnabled() ? "Disable" : "Enable", click -> {
            run(() -> accounts.setEnabled(account.getId(), !account.isEnabled()),
                    account.isEnabled() ? account.getDisplayName() + " can no longer sign in." : account.getDisplayName() + " can sign in again.");
        });
        Button reset = new Button("Reset password", click -> openReset(account));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(toggle, reset);
    }

    void openNewAccount() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New account");
        TextField username = new TextField("Username");
        username.setHelperText("Lower-case letters, digits and . _ @ -, e.g. maria.popescu");
        TextField displayName = new TextField("Name");
        EmailField email = new EmailField("E-mail");
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setItems(Role.EDITOR, Role.ORG_ADMIN);
        role.setItemLabelGenerator(r -> r == Role.ORG_ADMIN ? "Organisation admin" : "Editor");
        role.setValue(Role.EDITOR);
        PasswordField password = new PasswordField("Initial password");
        password.setHelperText("Give it to the person privately; they must replace it at their first sign-in.");
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName,
                "email", email, "password", password);
        Button create = new Button("Create account", click -> {
            FieldErrors.clear(fields);
            try {
                accounts.create(new NewAccount(username.getValue(), displayName.getValue(), email.getValue(), role.getValue(),
                        organisationId, password.getValue()));
                dialog.close();
                refresh();
                Notices.success("The account " + username.getValue() + " was created.");
            } catch (ConstraintViolationException | InvalidInputException e) {
                FieldErrors.show(e, fields);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(username, displayName, email, role, password));
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), create);
        dialog.open();
    }

    private void openReset(Account account) {
        new ResetPasswordDialog(account, password -> accounts.resetPassword(account.getId(), password), this::refresh).open();
    }

    private void run(Runnable action, String message) {
        try {
            action.run();
            refresh();
            Notices.success(message);
        } catch (InvalidInputException e) {
            Notices.error(e.getMessage());
        }
    }
}
