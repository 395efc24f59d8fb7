package org.lastrada.portal.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.lastrada.portal.shared.accounts.AccountService;
import org.springframework.stereotype.Component;

/** Keeps a user with an initial password on the password page until they have chosen their own. */
@Component
class InitialPasswordGate implements VaadinServiceInitListener {

    private final AccountService accounts;

    InitialPasswordGate(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        if (path.startsWith("workspace") && !path.equals(ChangePasswordView.ROUTE) && accounts.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.ROUTE);
        }
    }
}
