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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
import org.lastrada.portal.workspaceui.WorkspaceTexts;
import org.lastrada.portal.workspaceui.WorkspaceTime;

/** An organisation admin's accounts: the own organisation's staff only, who can be added, disabled and reset. */
@Route("workspace/accounts")
@Menu(order = 3, icon = "vaadin:users", title = "workspace.menu.accounts")
@RolesAllowed("ORG_ADMIN")
class OrganisationAccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Long organisationId;
    final Grid<Account> grid = new Grid<>();

    OrganisationAccountsView(AccountService accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.organisationId = currentActor.require().organisationId();
        grid.addColumn(Account::getDisplayName).setHeader(getTranslation("workspace.accounts.name")).setFlexGrow(2);
        grid.addColumn(Account::getUsername).setHeader(getTranslation("workspace.accounts.username"));
        grid.addColumn(Account::getEmail).setHeader(getTranslation("workspace.accounts.email")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.getRole().messageKey())).setHeader(getTranslation("workspace.accounts.role"));
        grid.addColumn(a -> getTranslation(a.isEnabled() ? "workspace.accounts.status.active" : "workspace.accounts.status.disabled"))
                .setHeader(getTranslation("workspace.accounts.status"));
        grid.addColumn(a -> a.getLastLoginAt() == null ? getTranslation("workspace.accounts.never")
                : WorkspaceTime.format(a.getLastLoginAt())).setHeader(getTranslation("workspace.accounts.last-sign-in"));
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true);
        Button add = new Button(getTranslation("workspace.accounts.new"), VaadinIcon.PLUS.create(), click -> openNewAccount());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("workspace.accounts.heading")), new Paragraph(getTranslation("workspace.accounts.intro")), add, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.accounts.heading"));
    }

    private void refresh() {
        grid.setItems(accounts.listManageable());
    }

    private HorizontalLayout actions(Account account) {
        Button toggle = new Button(getTranslation(account.isEnabled() ? "workspace.accounts.disable" : "workspace.accounts.enable"),
                click -> run(() -> accounts.setEnabled(account.getId(), !account.isEnabled()), getTranslation(account.isEnabled()
                        ? "workspace.accounts.disabled" : "workspace.accounts.enabled", account.getDisplayName())));
        Button reset = new Button(getTranslation("workspace.accounts.reset-password"), click -> openReset(account));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(toggle, reset);
    }

    void openNewAccount() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("workspace.accounts.new"));
        TextField username = new TextField(getTranslation("workspace.accounts.username"));
        username.setHelperText(getTranslation("workspace.accounts.username.helper"));
        TextField displayName = new TextField(getTranslation("workspace.accounts.name"));
        EmailField email = new EmailField(getTranslation("workspace.accounts.email"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("workspace.accounts.role"));
        role.setItems(Role.EDITOR, Role.ORG_ADMIN);
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setValue(Role.EDITOR);
        PasswordField password = new PasswordField(getTranslation("workspace.accounts.initial-password"));
        password.setHelperText(getTranslation("workspace.accounts.initial-password.helper"));
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName,
                "email", email, "password", password);
        Button create = new Button(getTranslation("workspace.accounts.create"), click -> {
            FieldErrors.clear(fields);
            try {
                accounts.create(new NewAccount(username.getValue(), displayName.getValue(), email.getValue(), role.getValue(),
                        organisationId, password.getValue()));
                dialog.close();
                refresh();
                Notices.success(getTranslation("workspace.accounts.created", username.getValue()));
            } catch (ConstraintViolationException | InvalidInputException e) {
                FieldErrors.show(e, fields);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(username, displayName, email, role, password));
        dialog.getFooter().add(new Button(getTranslation("workspace.common.cancel"), click -> dialog.close()), create);
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
            Notices.error(WorkspaceTexts.of(e));
        }
    }
}
