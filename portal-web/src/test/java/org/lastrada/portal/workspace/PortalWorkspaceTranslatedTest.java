package org.lastrada.portal.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.workspaceui.testing.PseudoLocaleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.ActiveProfiles;

/**
 * The workspace's frame and portal-web's own screens show only translated words and content: the sign-in page with
 * its refusals, the main layout with its menu for member staff and the secretariat, My account, and the error handler.
 */
@ActiveProfiles("test")
class PortalWorkspaceTranslatedTest extends PseudoLocaleTest {

    @Autowired
    AccountRepository accounts;

    @Test
    void signInPageAndItsRefusalsAreTranslated() {
        UI.getCurrent().navigate("login");
        assertEverythingShownIsTranslated();
        UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));
        assertEverythingShownIsTranslated();
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("locked"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertEverythingShownIsTranslated();
    }

    @Test
    void layoutMenuAndMyAccountAreTranslatedForMembersAndTheSecretariat() {
        for (String username : List.of("poland.admin", "admin")) {
            login(accounts.findByUsername(username).orElseThrow().asActor());
            UI.getCurrent().navigate("workspace/password");
            assertEverythingShownIsTranslated();
        }
        _get(PasswordField.class, spec -> spec.withLabel("⟦New password⟧")).setValue("windmill-herring-stroopwafel-3");
        _get(PasswordField.class, spec -> spec.withLabel("⟦New password again⟧")).setValue("something else entirely");
        _click(_get(Button.class, spec -> spec.withText("⟦Change password⟧")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("⟦New password again⟧")).isInvalid()).isTrue();
        _get(PasswordField.class, spec -> spec.withLabel("⟦New password again⟧")).setValue("windmill-herring-stroopwafel-3");
        _click(_get(Button.class, spec -> spec.withText("⟦Change password⟧")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("⟦Current password⟧")).isInvalid()).as("wrong current password")
                .isTrue();
        assertEverythingShownIsTranslated();
    }

    @Test
    void errorHandlerSpeaksTheBundlesWords() {
        for (RuntimeException error : List.of(new AccessDeniedException("no"), new OptimisticLockingFailureException("late"),
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction"), new IllegalStateException("a bug"))) {
            assertThat(WorkspaceErrorHandler.messageFor(error)).startsWith("⟦").endsWith("⟧");
        }
    }
}
