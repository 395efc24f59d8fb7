package org.lastrada.portal.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.validation.ConstraintViolationException;
import org.lastrada.portal.shared.jpa.DatabaseUnreachable;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.WorkflowException;
import org.lastrada.portal.workspaceui.WorkspaceTexts;
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

    static final String UNEXPECTED = "workspace.error.unexpected";
    static final String CONFLICT = "workspace.error.conflict";
    static final String DATABASE_UNREACHABLE = "workspace.error.database-unavailable";

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

    /** What the person reads, in the language of their UI. */
    static String messageFor(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return WorkspaceTexts.of("workspace.error.access-denied");
            }
            if (cause instanceof InvalidInputException || cause instanceof WorkflowException
                    || cause instanceof ConstraintViolationException) {
                return WorkspaceTexts.of((RuntimeException) cause);
            }
            if (cause instanceof OptimisticLockingFailureException) {
                return WorkspaceTexts.of(CONFLICT);
            }
        }
        if (DatabaseUnreachable.causedBy(error)) {
            log.warn("The database could not be reached: {}", error.toString());
            return WorkspaceTexts.of(DATABASE_UNREACHABLE);
        }
        log.error("Unexpected error in the workspace", error);
        return WorkspaceTexts.of(UNEXPECTED);
    }
}
