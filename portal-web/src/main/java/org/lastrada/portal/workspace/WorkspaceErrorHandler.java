package org.lastrada.portal.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.validation.ConstraintViolationException;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.WorkflowException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The workspace's one error handler: what a user did wrong or may not do is said in plain words; anything
 * unexpected is logged with its stack trace and shown only as a short apology. No stack trace reaches the browser.
 */
@Component
class WorkspaceErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceErrorHandler.class);

    static final String UNEXPECTED = "Sorry, something went wrong. Please try again; if it happens again, tell the secretariat.";
    static final String CONFLICT = "Someone else saved this in the meantime. Reload the page to see their changes, then edit again.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        if (UI.getCurrent() != null) {
            UI.getCurrent().access(() -> {
                Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    static String messageFor(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return "You may not do this. If you think you should, ask your organisation admin or the secretariat.";
            }
            if (cause instanceof InvalidInputException || cause instanceof WorkflowException
                    || cause instanceof ConstraintViolationException) {
                return cause.getMessage();
            }
            if (cause instanceof OptimisticLockingFailureException) {
                return CONFLICT;
            }
        }
        log.error("Unexpected error in the workspace", error);
        return UNEXPECTED;
    }
}
