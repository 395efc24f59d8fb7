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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
import org.lastrada.portal.workspaceui.WorkspaceTexts;

/** Every account of the network for administrators: open, disable, move to another role or organisation, reset. */
@Route("workspace/all-accounts")
@Menu(order = 36, icon = "vaadin:users", title = "workspace.menu.all-accounts")
@RolesAllowed("ADMIN")
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Account> grid = new Grid<>();
    private final AccountService accounts;
    private final OrganisationService organisations;

    AccountsView(AccountService accounts, OrganisationService organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
        setSizeFull();
        grid.addColumn(Account::getDisplayName).setHeader(getTranslation("workspace.accounts.name")).setFlexGrow(1);
        grid.addColumn(Account::getUsername).setHeader(getTranslation("workspace.accounts.username")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.getOrganisation() == null ? getTranslation("workspace.organisation-kind.secretariat")
                : a.getOrganisation().getName()).setHeader(getTranslation("workspace.accounts.organisation"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> roleLabel(a.getRole())).setHeader(getTranslation("workspace.accounts.role")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> getTranslation(a.isEnabled() ? "workspace.accounts.status.active" : "workspace.accounts.status.disabled"))
                .setHeader(getTranslation("workspace.accounts.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        Button add = new Button(getTranslation("workspace.accounts.new"), VaadinIcon.PLUS.create(), click -> openAccount(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("workspace.all-accounts.heading")), add, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.all-accounts.heading"));
    }

    private void refresh() {
        grid.setItems(accounts.listManageable());
    }

    private HorizontalLayout actions(Account account) {
        Button toggle = new Button(getTranslation(account.isEnabled() ? "workspace.accounts.disable" : "workspace.accounts.enable"),
                click -> {
            try {
                accounts.setEnabled(account.getId(), !account.isEnabled());
                refresh();
                Notices.success(getTranslation(account.isEnabled() ? "workspace.accounts.disabled" : "workspace.accounts.enabled",
                        account.getDisplayName()));
            } catch (InvalidInputException e) {
                Notices.error(WorkspaceTexts.of(e));
            }
        });
        Button change = new Button(getTranslation("workspace.all-accounts.assign"), click -> openAccount(account));
        Button reset = new Button(getTranslation("workspace.accounts.reset-password"), click -> openReset(account));
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
        dialog.setHeaderTitle(account == null ? getTranslation("workspace.accounts.new")
                : getTranslation("workspace.all-accounts.assign.title", account.getDisplayName()));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("workspace.accounts.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(this::roleLabel);
        Select<MemberOrganisation> organisation = new Select<>();
        organisation.setLabel(getTranslation("workspace.accounts.organisation"));
        organisation.setItems(organisations.all().stream().filter(o -> !o.isSecretariat()).toList());
        organisation.setItemLabelGenerator(o -> o == null ? "" : o.getName());
        organisation.setEmptySelectionAllowed(true);
        role.addValueChangeListener(change -> organisation.setEnabled(change.getValue() != null && change.getValue().isMemberRole()));
        TextField username = new TextField(getTranslation("workspace.accounts.username"));
        TextField displayName = new TextField(getTranslation("workspace.accounts.name"));
        EmailField email = new EmailField(getTranslation("workspace.accounts.email"));
        PasswordField password = new PasswordField(getTranslation("workspace.accounts.initial-password"));
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
        Button save = new Button(getTranslation(account == null ? "workspace.accounts.create" : "workspace.common.save"), click -> {
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
                Notices.success(account == null ? getTranslation("workspace.accounts.created", username.getValue())
                        : getTranslation("workspace.all-accounts.assigned", account.getDisplayName()));
            } catch (ConstraintViolationException | InvalidInputException e) {
                FieldErrors.show(e, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("workspace.common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private String roleLabel(Role role) {
        return role == null ? "" : getTranslation(role.messageKey());
    }
}
