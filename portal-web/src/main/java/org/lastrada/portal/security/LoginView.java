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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.lastrada.portal.shared.i18n.Message;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in to the workspace. With local accounts it shows the sign-in form; with Keycloak a button that
 * leads there. Every refusal gets a plain message that never reveals whether an account exists. Nobody is signed in
 * yet, so it is written in the browser's language when that is one of the network's, else in English.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Keys of the refusals (i18n/workspace). */
    static final String WRONG_CREDENTIALS = "workspace.login.wrong-credentials";
    static final String LOCKED = "workspace.login.locked";
    static final String DISABLED = "workspace.login.disabled";
    static final String EXPIRED = "workspace.login.expired";
    /** Keycloak refusals by their error code ("no_organisation"), worded here rather than by the sign-in service. */
    private static final String KEYCLOAK_REFUSAL = "workspace.login.keycloak.";

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView(ObjectProvider<KeycloakSignIn> keycloak) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        H1 title = new H1(getTranslation("workspace.layout.brand"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        notice.setVisible(false);
        notice.getElement().setAttribute("role", "status");
        add(title, notice);
        if (keycloak.getIfAvailable() != null) {
            add(new Paragraph(getTranslation("workspace.login.keycloak")),
                    new Anchor(KeycloakSignIn.LOGIN_PAGE, getTranslation("workspace.login.sign-in")));
        } else {
            form.setAction("login");
            form.setForgotPasswordButtonVisible(false);
            form.setI18n(texts(null, null));
            add(form);
        }
        add(new Div(new Anchor("/", getTranslation("workspace.login.back"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.login.sign-in"));
    }

    /** The form's own words, and the refusal it shows after a failed sign-in. */
    private LoginI18n texts(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("workspace.login.sign-in"));
        i18n.getForm().setUsername(getTranslation("workspace.login.username"));
        i18n.getForm().setPassword(getTranslation("workspace.login.password"));
        i18n.getForm().setSubmit(getTranslation("workspace.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("workspace.login.forgot-password"));
        i18n.getErrorMessage().setTitle(errorTitle == null ? getTranslation("workspace.login.failed") : errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage == null ? getTranslation(WRONG_CREDENTIALS) : errorMessage);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("expired")) {
            showNotice(getTranslation(EXPIRED));
        }
        if (parameters.containsKey("error")) {
            Object problem = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String message = messageFor(problem);
            form.setI18n(texts(getTranslation(problem instanceof LockedException ? "workspace.login.locked.title"
                    : "workspace.login.failed"), message));
            form.setError(true);
            showNotice(message);
        }
    }

    private String messageFor(Object problem) {
        if (problem instanceof LockedException) {
            return getTranslation(LOCKED);
        }
        if (problem instanceof DisabledException) {
            return getTranslation(DISABLED);
        }
        if (problem instanceof OAuth2AuthenticationException oauth) {
            String key = KEYCLOAK_REFUSAL + oauth.getError().getErrorCode().replace('_', '-');
            String worded = getTranslation(key);
            if (!worded.equals(key)) {
                return worded;
            }
            if (oauth.getError().getDescription() != null) {
                return oauth.getError().getDescription();
            }
        }
        return getTranslation(WRONG_CREDENTIALS);
    }

    /** The English words of a Keycloak refusal, for the log and the exception the sign-in carries. */
    static String keycloakRefusal(String errorCode) {
        return Message.of(KEYCLOAK_REFUSAL + errorCode.replace('_', '-')).english();
    }

    private void showNotice(String message) {
        notice.setText(message);
        notice.setVisible(true);
    }
}
