package org.lastrada.portal.workspaceui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The workspace's short messages: a success at the bottom, a refusal in the middle where it is seen. */
public final class Notices {

    private Notices() {
    }

    /** Something was done ("Saved.", "The account was created."). */
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
}
