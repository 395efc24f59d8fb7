package org.lastrada.portal.workspaceui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The question asked before something is removed for good: what, the consequence, and a red button that says it. */
public final class Confirmations {

    private Confirmations() {
    }

    /** Opens the dialog; {@code onConfirm} runs only when the person confirms (Cancel and Escape change nothing). */
    public static ConfirmDialog removal(String heading, String text, String confirmText, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(heading);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(UI.getCurrent().getTranslation("workspace.common.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> onConfirm.run());
        dialog.open();
        return dialog;
    }
}
