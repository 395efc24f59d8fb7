package org.lastrada.portal.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.lastrada.portal.shared.accounts.AccountService;
import org.lastrada.portal.shared.accounts.PasswordPolicy;
import org.lastrada.portal.shared.time.TimeZones;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.Notices;
import org.lastrada.portal.workspaceui.WorkspaceTime;

/** Everyone changes their own password here; an initial password set by an admin must be replaced first. */
@Route("workspace/password")
@PageTitle("My account | LSI Network Portal")
@Menu(order = 90, icon = "vaadin:key", title = "My account")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    static final String ROUTE = "workspace/password";

    public final PasswordField current = new PasswordField("Current password");
    public final PasswordField replacement = new PasswordField("New password");
    public final PasswordField repeated = new PasswordField("New password again");
    final Paragraph intro = new Paragraph();
    final ComboBox<String> timeZone = new ComboBox<>("Time zone");

    public ChangePasswordView(AccountService accounts) {
        setMaxWidth("32rem");
        intro.setText(accounts.mustChangePassword()
                ? "Please replace the initial password you were given before you continue."
                : "Choose a new password.");
        replacement.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters, not your username, not a common password. "
                + "A few unrelated words make a good one.");
        Button save = new Button("Change password", click -> {
            current.setInvalid(false);
            replacement.setInvalid(false);
            repeated.setInvalid(false);
            if (!replacement.getValue().equals(repeated.getValue())) {
                FieldErrors.mark(repeated, "The two new passwords are not the same.");
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), replacement.getValue());
                current.clear();
                replacement.clear();
                repeated.clear();
                intro.setText("Your password was changed.");
                Notices.success("Your password was changed.");
            } catch (InvalidInputException e) {
                FieldErrors.mark(e.field().equals("currentPassword") ? current : replacement, e.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        timeZone.setItems(TimeZones.CHOICES);
        timeZone.setValue(accounts.ownTimeZone().getId());
        timeZone.setWidthFull();
        timeZone.setHelperText("Every time the workspace shows, and every time you enter (such as a post's publish-at), is in this zone.");
        Button saveZone = new Button("Save time zone", click -> {
            timeZone.setInvalid(false);
            try {
                ZoneId zone = accounts.changeOwnTimeZone(timeZone.getValue());
                WorkspaceTime.useZone(zone);
                Notices.success("Times are now shown in " + WorkspaceTime.zoneName() + ".");
            } catch (InvalidInputException e) {
                FieldErrors.mark(timeZone, e.getMessage());
            }
        });
        add(new H2("My password"), intro, current, replacement, repeated, save, new H2("My time zone"), timeZone, saveZone);
    }
}
