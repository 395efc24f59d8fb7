package org.lastrada.portal.workspaceui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.i18n.PortalMessages;
import org.lastrada.portal.shared.i18n.Refusal;
import org.lastrada.portal.shared.workflow.ModerationEvent;

/**
 * The workspace's texts where no component asks for them: a service's refusal, a constraint's message, a text built
 * outside a view. Always in the current UI's language, through the same I18NProvider as {@code getTranslation}.
 */
public final class WorkspaceTexts {

    private WorkspaceTexts() {
    }

    /** The language of the current UI: one of the network's, English when there is no UI. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return NetworkLanguage.of(ui == null ? null : ui.getLocale()).locale();
    }

    /** A text of the bundles in the UI's language (in English outside a Vaadin request: a log line, say). */
    public static String of(String key, Object... arguments) {
        I18NProvider provider = provider();
        return provider == null ? PortalMessages.english(Message.of(key, arguments)) : provider.getTranslation(key, locale(), arguments);
    }

    public static String of(Message message) {
        return of(message.key(), message.getArguments());
    }

    /** Why a service refused, in the UI's language: its reason, or its constraints' messages. */
    public static String of(RuntimeException refusal) {
        if (refusal instanceof Refusal explained) {
            return of(explained.reason());
        }
        if (refusal instanceof ConstraintViolationException violations && !violations.getConstraintViolations().isEmpty()) {
            return violations.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(WorkspaceTexts::of)
                    .collect(Collectors.joining("; "));
        }
        return refusal.getMessage();
    }

    /** A constraint's message ("must not be blank") in the UI's language, whatever language the service checked in. */
    public static String of(ConstraintViolation<?> violation) {
        I18NProvider provider = provider();
        return provider instanceof WorkspaceTranslations translations ? translations.violation(violation, locale())
                : violation.getMessage();
    }

    /** "2 Dec 2026, 10:15 EET – Mira Moderator: changes requested – “Please name the partners.”", a line of an item's history. */
    public static String historyLine(ModerationEvent event) {
        String when = WorkspaceTime.format(event.getOccurredAt());
        Message step = Message.of(event.getAction().messageKey());
        return event.getComment() == null ? of("workspace.history.line", when, event.getActorName(), step)
                : of("workspace.history.line.commented", when, event.getActorName(), step, event.getComment());
    }

    private static I18NProvider provider() {
        VaadinService service = VaadinService.getCurrent();
        return service == null ? null : service.getInstantiator().getI18NProvider();
    }
}
