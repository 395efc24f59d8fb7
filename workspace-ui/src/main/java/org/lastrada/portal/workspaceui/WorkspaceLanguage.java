package org.lastrada.portal.workspaceui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.lastrada.portal.shared.accounts.AccountService;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * The language a signed-in person reads the workspace in: their account's, put in their session before the first
 * screen after sign-in is built (Vaadin builds a view before its layout, so the main layout would be too late for
 * it), and changed at once when they choose another. Before sign-in, Vaadin follows the browser's languages among
 * the network's ({@link WorkspaceTranslations#getProvidedLocales()}), else English.
 */
@Component
public class WorkspaceLanguage implements VaadinServiceInitListener {

    /** The username whose language the session has taken; another sign-in in the same session takes theirs. */
    private static final String APPLIED_FOR = WorkspaceLanguage.class.getName() + ".appliedFor";

    private final AccountService accounts;
    private final CurrentActor currentActor;

    public WorkspaceLanguage(AccountService accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> followAccount(enter.getUI())));
    }

    private void followAccount(UI ui) {
        VaadinSession session = ui.getSession();
        Actor actor = currentActor.find().orElse(null);
        if (session == null || actor == null) {
            return;
        }
        if (actor.username().equals(session.getAttribute(APPLIED_FOR))) {
            // A UI opened later in the session (a reload after choosing a language, another tab) speaks the session's.
            if (!session.getLocale().equals(ui.getLocale())) {
                ui.setLocale(session.getLocale());
            }
            return;
        }
        use(accounts.ownInterfaceLanguage());
        session.setAttribute(APPLIED_FOR, actor.username());
    }

    /** Puts the language in the session and the current UI; what is already on screen changes when it is built again. */
    public static void use(NetworkLanguage language) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(language.locale());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(language.locale());
        }
    }
}
