package org.lastrada.portal.secretariat.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

class AccountsViewTest extends ViewTest {

    @Autowired AccountRepository accounts;
    @Autowired MemberOrganisationRepository organisations;

    @Test
    void adminMovesAnEditorToAnotherOrganisationAndMemberRolesNeedOne() {
        Account someone = accounts.save(new Account("move-" + UUID.randomUUID().toString().substring(0, 8), "Mover", "mover@example.org",
                Role.EDITOR, organisations.findBySlug("la-strada-poland").orElseThrow(), Instant.now()));
        login(accounts.findByUsername("admin").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/all-accounts");
        AccountsView view = _get(AccountsView.class);

        view.openAccount(someone);
        @SuppressWarnings("unchecked")
        Select<Object> organisation = _get(Select.class, spec -> spec.withLabel("Organisation"));
        organisation.setValue(organisations.findBySlug("la-strada-ukraine").orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withLabel("Role"));
        role.setValue(Role.ORG_ADMIN);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        Account moved = accounts.findByUsername(someone.getUsername()).orElseThrow();
        assertThat(moved.getRole()).isEqualTo(Role.ORG_ADMIN);
        assertThat(moved.getOrganisation().getId()).isEqualTo(organisations.findBySlug("la-strada-ukraine").orElseThrow().getId());

        view.openAccount(moved);
        @SuppressWarnings("unchecked")
        Select<Object> again = _get(Select.class, spec -> spec.withLabel("Organisation"));
        again.clear();
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(again.isInvalid()).isTrue();
        assertThat(accounts.findByUsername(someone.getUsername()).orElseThrow().getOrganisation()).isNotNull();
    }
}
