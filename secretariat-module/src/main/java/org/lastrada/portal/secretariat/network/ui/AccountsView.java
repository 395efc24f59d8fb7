package org.lastrada.portal.secretariat.network.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
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
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.OrganisationService;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.Notices;
import org.lastrada.portal.workspaceui.ResetPasswordDialog;

/** Every account of the network for administrators: open, disable, move to another role or organisation, reset. */
@Route("workspace/all-accounts")
@PageTitle("All accounts | LSI Network Portal")
@Menu(order = 36, icon = "vaadin:users", title = "All accounts")
@RolesAllowed("ADMIN")
class AccountsView extends VerticalLayout {

    final Grid<Account> grid = new Grid<>();
    private final AccountService accounts;
    private final OrganisationService organisations;

    AccountsView(AccountService accounts, OrganisationService organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
        setSizeFull();
        grid.addColumn(Account::getDisplayName).setHeader("Name").setFlexGrow(1);
        grid.addColumn(Account::getUsername).setHeader("Username").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.getOrganisation() == null ? "Secretariat" : a.getOrganisation().getName()).setHeader("Organisation")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> roleLabel(a.getRole())).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.isEnabled() ? "Active" : "Disabled").setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        Button add = new Button("New account", VaadinIcon.PLUS.create(), click -> openAccount(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("All accounts"), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.listManageable());
    }

    private HorizontalLayout actions(Account account) {
        Button toggle = new Button(account.isEnabled() ? "Disable" : "Enable", click -> {
            try {
                accounts.setEnabled(account.getId(), !account.isEnabled());
                refresh();
                Notices.success(account.isEnabled() ? account.getDisplayName() + " can no longer sign in."
                        : account.getDisplayName() + " can sign in again.");
            } catch (InvalidInputException e) {
                Notices.error(e.getMessage());
            }
        });
        Button change = new Button("Role / organisation", click -> openAccount(account));
        Button reset = new Button("Reset password", click -> openReset(account));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(toggle, change, reset);
    }

    void openReset(Account account) {
        new ResetPasswordDialog(account, password -> accounts.resetPassword(account.getId(), password), this::refresh).open();
    }

    /** A new account (account == null) or another role and organisation for an existing one. */
    void openAccount(Account account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(account == null ? "New account" : "Role and organisation of " + account.getDisplayName());
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(AccountsView::roleLabel);
        Select<MemberOrganisation> organisation = new Select<>();
        organisation.setLabel("Organisation");
        organisation.setItems(organisations.all().stream().filter(o -> !o.isSecretariat()).toList());
        organisation.setItemLabelGenerator(o -> o == null ? "" : o.getName());
        organisation.setEmptySelectionAllowed(true);
        role.addValueChangeListener(change -> organisation.setEnabled(change.getValue() != null && change.getValue().isMemberRole()));
        TextField username = new TextField("Username");
        TextField displayName = new TextField("Name");
        EmailField email = new EmailField("E-mail");
        PasswordField password = new PasswordField("Initial password");
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName, "email", email,
                "password", password, "organisation", organisation);
        FormLayout form = account == null ? new FormLayout(username, displayName, email, role, organisation, password)
                : new FormLayout(role, organisation);
        if (account != null) {
            role.setValue(account.getRole());
            organisation.setValue(account.getOrganisation() == null ? null : organisations.find(account.getOrganisation().getId()).orElse(null));
        } else {
            role.setValue(Role.EDITOR);
        }
        Button save = new Button(account == null ? "Create account" : "Save", click -> {
            FieldErrors.clear(fields);
            Long organisationId = organisation.getValue() == null ? null : organisation.getValue().getId();
            try {
                if (account == null) {
                    accounts.create(new NewAccount(username.getValue(), displayName.getValue(), email.getValue(), role.getValue(),
                            organisationId, password.getValue()));
                } else {
                    accounts.assign(account.getId(), role.getValue(), organisationId);
                }
                dialog.close();
                refresh();
                Notices.success(account == null ? "The account " + username.getValue() + " was created."
                        : "The role and organisation of " + account.getDisplayName() + " were changed; their open sessions ended.");
            } catch (ConstraintViolationException | InvalidInputException e) {
                FieldErrors.show(e, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    static String roleLabel(Role role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case EDITOR -> "Editor";
            case ORG_ADMIN -> "Organisation admin";
            case MODERATOR -> "Moderator";
            case ADMIN -> "Administrator";
        };
    }
}
