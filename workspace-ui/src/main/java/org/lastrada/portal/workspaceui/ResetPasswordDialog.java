package org.lastrada.portal.workspaceui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Consumer;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.validation.InvalidInputException;

/**
 * Gives an account a new initial password, which its owner must replace at the next sign-in (it also lifts a
 * lock after failed sign-ins). The caller's service call does the reset and may refuse the password.
 */
public class ResetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField(getTranslation("workspace.reset-password.password"));

    /** @param reset sets the password (may throw {@link InvalidInputException}); @param done runs after a reset */
    public ResetPasswordDialog(Account account, Consumer<String> reset, Runnable done) {
        setHeaderTitle(getTranslation("workspace.reset-password.title", account.getDisplayName()));
        password.setHelperText(getTranslation("workspace.reset-password.password.helper"));
        password.setWidthFull();
        Button confirm = new Button(getTranslation("workspace.reset-password.reset"), click -> {
            password.setInvalid(false);
            try {
                reset.accept(password.getValue());
                close();
                Notices.success(getTranslation("workspace.reset-password.done", account.getDisplayName()));
                done.run();
            } catch (InvalidInputException e) {
                FieldErrors.mark(password, e.reason());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(password);
        getFooter().add(new Button(getTranslation("workspace.common.cancel"), click -> close()), confirm);
    }
}
