package org.lastrada.portal.workspaceui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The workspace's short messages: a success at the bottom, a refusal in the middle where it is seen. */
public final class Notices {

    private Notices() {
    }

    /** Something was done ("Saved.", "The account was created."), in words the caller took from the bundles. */
    public static Notification success(String message) {
        Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** Something was refused, with the reason the person can act on. */
    public static Notification error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }

    /** Someone else saved first: nothing of this person's was saved; they reload, then make their change again. */
    public static Notification conflict(String message, Runnable reload) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.add(new HorizontalLayout(new Paragraph(message), new Button(WorkspaceTexts.of("workspace.common.reload"), click -> {
            notification.close();
            reload.run();
        })));
        notification.setPosition(Notification.Position.MIDDLE);
        notification.open();
        return notification;
    }
}
