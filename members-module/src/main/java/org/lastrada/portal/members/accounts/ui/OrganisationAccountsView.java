package org.lastrada.portal.members.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountService;
import org.lastrada.portal.shared.accounts.NewAccount;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.FieldProblems;
import org.lastrada.portal.shared.validation.InvalidInputException;

/** An organisation admin's accounts: the own organisation's staff only, who can be added, disabled and reset. */
@Route("workspace/accounts")
@PageTitle("Our accounts | LSI Network Portal")
@Menu(order = 3, icon = "vaadin:users", title = "Our accounts")
@RolesAllowed("ORG_ADMIN")
class OrganisationAccountsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK).withZone(ZoneId.of("Europe/Amsterdam"));

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
        grid.addColumn(a -> a.getLastLoginAt() == null ? "never" : WHEN.format(a.getLastLoginAt())).setHeader("Last sign-in");
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
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("username", username, "displayName", displayName,
                "email", email, "password", password);
        Button create = new Button("Create account", click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                accounts.create(new NewAccount(username.getValue(), displayName.getValue(), email.getValue(), role.getValue(),
                        organisationId, password.getValue()));
                dialog.close();
                refresh();
                success("The account " + username.getValue() + " was created.");
            } catch (ConstraintViolationException | InvalidInputException e) {
                FieldProblems.showOn(e, fields, (field, message) -> {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                });
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(username, displayName, email, role, password));
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), create);
        dialog.open();
    }

    private void openReset(Account account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reset the password of " + account.getDisplayName());
        PasswordField password = new PasswordField("New initial password");
        password.setHelperText("They must replace it at their next sign-in. This also lifts a lock after failed sign-ins.");
        Button reset = new Button("Reset", click -> {
            try {
                accounts.resetPassword(account.getId(), password.getValue());
                dialog.close();
                refresh();
                success("The password of " + account.getDisplayName() + " was reset.");
            } catch (InvalidInputException e) {
                password.setErrorMessage(e.getMessage());
                password.setInvalid(true);
            }
        });
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(password);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), reset);
        dialog.open();
    }

    private void run(Runnable action, String message) {
        try {
            action.run();
            refresh();
            success(message);
        } catch (InvalidInputException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
