package org.lastrada.portal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.accounts.AccountService;
import org.lastrada.portal.shared.accounts.NewAccount;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/** A person given an initial password by an admin is kept on the password page until they have chosen their own. */
@ActiveProfiles("test")
class InitialPasswordGateTest extends ViewTest {

    @Autowired AccountRepository accounts;
    @Autowired AccountService accountService;

    @Test
    void newAccountChangesTheInitialPasswordBeforeReachingTheWorkspace() {
        Actor orgAdmin = accounts.findByUsername("netherlands.admin").orElseThrow().asActor();
        login(orgAdmin);
        String username = "nl-" + UUID.randomUUID().toString().substring(0, 8);
        Account created = accountService.create(new NewAccount(username, "Noor de Vries", "noor@example.org", Role.EDITOR,
                orgAdmin.organisationId(), "tulip-canal-bicycle-7"));
        assertThat(created.isMustChangePassword()).isTrue();

        login(created.asActor());
        UI.getCurrent().navigate("workspace/posts");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("workspace/password");
        ChangePasswordView change = _get(ChangePasswordView.class);
        change.current.setValue("tulip-canal-bicycle-7");
        change.replacement.setValue("windmill-herring-stroopwafel-3");
        change.repeated.setValue("windmill-herring-stroopwafel-3");
        // A new account of a Dutch organisation reads the workspace in Dutch until its owner chooses another language.
        assertThat(change.intro.getText()).isEqualTo("Vervang het wachtwoord dat u hebt gekregen voordat u verdergaat.");
        _click(_get(Button.class, spec -> spec.withText("Wachtwoord wijzigen")));

        assertThat(accounts.findByUsername(username).orElseThrow().isMustChangePassword()).isFalse();
        UI.getCurrent().navigate("workspace/posts");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("workspace/posts");
    }
}
