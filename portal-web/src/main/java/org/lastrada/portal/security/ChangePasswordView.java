package org.lastrada.portal.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.lastrada.portal.shared.accounts.AccountService;
import org.lastrada.portal.shared.accounts.PasswordPolicy;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.time.TimeZones;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.Notices;
import org.lastrada.portal.workspaceui.WorkspaceLanguage;
import org.lastrada.portal.workspaceui.WorkspaceTime;

/**
 * Everyone's own account: the password (an initial password set by an admin must be replaced first), the time zone
 * and the language they read the workspace in.
 */
@Route("workspace/password")
@Menu(order = 90, icon = "vaadin:key", title = "workspace.menu.my-account")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "workspace/password";

    public final PasswordField current = new PasswordField(getTranslation("workspace.my-account.current-password"));
    public final PasswordField replacement = new PasswordField(getTranslation("workspace.my-account.new-password"));
    public final PasswordField repeated = new PasswordField(getTranslation("workspace.my-account.new-password-again"));
    final Paragraph intro = new Paragraph();
    final ComboBox<String> timeZone = new ComboBox<>(getTranslation("workspace.my-account.time-zone"));
    final Select<NetworkLanguage> language = new Select<>();

    public ChangePasswordView(AccountService accounts) {
        setMaxWidth("32rem");
        intro.setText(getTranslation(accounts.mustChangePassword() ? "workspace.my-account.intro.initial"
                : "workspace.my-account.intro"));
        replacement.setHelperText(getTranslation("workspace.my-account.new-password.helper", PasswordPolicy.MIN_LENGTH));
        Button save = new Button(getTranslation("workspace.my-account.change-password"), click -> {
            current.setInvalid(false);
            replacement.setInvalid(false);
            repeated.setInvalid(false);
            if (!replacement.getValue().equals(repeated.getValue())) {
                FieldErrors.mark(repeated, getTranslation("workspace.my-account.passwords-differ"));
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), replacement.getValue());
                current.clear();
                replacement.clear();
                repeated.clear();
                intro.setText(getTranslation("workspace.my-account.password-changed"));
                Notices.success(getTranslation("workspace.my-account.password-changed"));
            } catch (InvalidInputException e) {
                FieldErrors.mark(e.field().equals("currentPassword") ? current : replacement, e.reason());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        timeZone.setItems(TimeZones.CHOICES);
        timeZone.setValue(accounts.ownTimeZone().getId());
        timeZone.setWidthFull();
        timeZone.setHelperText(getTranslation("workspace.my-account.time-zone.helper"));
        Button saveZone = new Button(getTranslation("workspace.my-account.save-time-zone"), click -> {
            timeZone.setInvalid(false);
            try {
                ZoneId zone = accounts.changeOwnTimeZone(timeZone.getValue());
                WorkspaceTime.useZone(zone);
                Notices.success(getTranslation("workspace.my-account.time-zone-saved", WorkspaceTime.zoneName()));
            } catch (InvalidInputException e) {
                FieldErrors.mark(timeZone, e.reason());
            }
        });

        // Each language by its own name, so whoever cannot read the current one still finds theirs.
        language.setLabel(getTranslation("workspace.my-account.language"));
        language.setItems(NetworkLanguage.values());
        language.setItemLabelGenerator(NetworkLanguage::nativeName);
        language.setValue(accounts.ownInterfaceLanguage());
        language.setWidthFull();
        language.setHelperText(getTranslation("workspace.my-account.language.helper"));
        Button saveLanguage = new Button(getTranslation("workspace.my-account.save-language"), click -> {
            language.setInvalid(false);
            try {
                NetworkLanguage chosen = accounts.changeOwnInterfaceLanguage(language.getValue() == null ? null
                        : language.getValue().code());
                WorkspaceLanguage.use(chosen);
                // Everything on screen was written in the old language: build it again in the new one.
                UI.getCurrent().getPage().reload();
            } catch (InvalidInputException e) {
                FieldErrors.mark(language, e.reason());
            }
        });

        add(new H2(getTranslation("workspace.my-account.password")), intro, current, replacement, repeated, save,
                new H2(getTranslation("workspace.my-account.time-zone.heading")), timeZone, saveZone,
                new H2(getTranslation("workspace.my-account.language.heading")), language, saveLanguage);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.my-account.heading"));
    }
}
