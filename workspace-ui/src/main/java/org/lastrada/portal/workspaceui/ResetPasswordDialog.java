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

    final PasswordField password = new PasswordField("New initial password");

    /** @param reset sets the password (may throw {@link InvalidInputException}); @param done runs after a reset */
    public ResetPasswordDialog(Account account, Consumer<String> reset, Runnable done) {
        setHeaderTitle("Reset the password of " + account.getDisplayName());
        password.setHelperText("They must replace it at their next sign-in. This also lifts a lock after failed sign-ins.");
        password.setWidthFull();
        Button confirm = new Button("Reset", click -> {
            password.setInvalid(false);
            try {
                reset.accept(password.getValue());
                close();
                Notices.success("The password of " + account.getDisplayName() + " was reset.");
                done.run();
            } catch (InvalidInputException e) {
                FieldErrors.mark(password, e.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(password);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
