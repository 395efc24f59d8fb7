package org.lastrada.portal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.ActiveProfiles;

/** Each refused sign-in gets a plain message that never says whether the account exists. */
@ActiveProfiles("test")
class LoginViewTest extends ViewTest {

    private static final String WRONG_CREDENTIALS = "Check that you entered your username and password correctly and try again.";

    @Test
    void wrongPasswordAndUnknownUserGetTheSameMessage() {
        showLoginAfter(new BadCredentialsException("Bad credentials"));
        assertThat(notice()).isEqualTo(WRONG_CREDENTIALS);
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void lockedAccountIsToldToWait() {
        showLoginAfter(new LockedException("locked"));
        assertThat(notice()).isEqualTo("Too many failed sign-ins: this account is locked for a while. Try again later, "
                + "or ask your organisation admin to reset your password.");
    }

    @Test
    void disabledAccountIsToldWhomToContact() {
        showLoginAfter(new DisabledException("disabled"));
        assertThat(notice()).isEqualTo("This account cannot sign in at the moment. Please contact your organisation admin "
                + "or the secretariat.");
    }

    @Test
    void keycloakRefusalShowsItsReason() {
        String reason = "Your account is not linked to a member organisation, so you cannot sign in yet. "
                + "Please ask the secretariat to add you to your organisation's group.";
        showLoginAfter(new OAuth2AuthenticationException(new OAuth2Error("no_organisation", "(the log's words)", null), reason));
        assertThat(notice()).isEqualTo(reason);
    }

    @Test
    void expiredSessionIsExplained() {
        UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));
        assertThat(notice()).isEqualTo("Your session has ended. Please sign in again.");
    }

    @Test
    void plainVisitShowsTheFormWithoutMessage() {
        UI.getCurrent().navigate("login");
        assertThat(_find(Paragraph.class, spec -> spec.withText(WRONG_CREDENTIALS))).isEmpty();
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    private static void showLoginAfter(Exception problem) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, problem);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
    }

    private static String notice() {
        return _find(Paragraph.class).stream().filter(p -> p.isVisible() && p.getElement().getAttribute("role") != null)
                .findFirst().orElseThrow().getText();
    }
}
