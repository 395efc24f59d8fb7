package org.lastrada.portal.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in to the workspace. With local accounts it shows the sign-in form; with Keycloak a button that
 * leads there. Every refusal gets a plain message that never reveals whether an account exists.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | LSI Network Portal")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String WRONG_CREDENTIALS = "Check that you entered your username and password correctly and try again.";
    static final String LOCKED = "Too many failed sign-ins: this account is locked for a while. Try again later, "
            + "or ask your organisation admin to reset your password.";
    static final String DISABLED = "This account cannot sign in at the moment. Please contact your organisation admin "
            + "or the secretariat.";
    static final String EXPIRED = "Your session has ended. Please sign in again.";

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView(ObjectProvider<KeycloakSignIn> keycloak) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        H1 title = new H1("LSI Network Portal");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        notice.setVisible(false);
        notice.getElement().setAttribute("role", "status");
        add(title, notice);
        if (keycloak.getIfAvailable() != null) {
            add(new Paragraph("Sign in with your La Strada International account."),
                    new Anchor(KeycloakSignIn.LOGIN_PAGE, "Sign in"));
        } else {
            form.setAction("login");
            form.setForgotPasswordButtonVisible(false);
            add(form);
        }
        add(new Div(new Anchor("/", "Back to the public site")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("expired")) {
            showNotice(EXPIRED);
        }
        if (parameters.containsKey("error")) {
            Object problem = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String message = messageFor(problem);
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getErrorMessage().setTitle(problem instanceof LockedException ? "Account locked" : "Sign-in failed");
            i18n.getErrorMessage().setMessage(message);
            form.setI18n(i18n);
            form.setError(true);
            showNotice(message);
        }
    }

    static String messageFor(Object problem) {
        if (problem instanceof LockedException) {
            return LOCKED;
        }
        if (problem instanceof DisabledException) {
            return DISABLED;
        }
        if (problem instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
            return oauth.getError().getDescription();
        }
        return WRONG_CREDENTIALS;
    }

    private void showNotice(String message) {
        notice.setText(message);
        notice.setVisible(true);
    }
}
