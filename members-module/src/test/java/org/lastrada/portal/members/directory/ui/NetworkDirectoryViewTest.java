package org.lastrada.portal.members.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.members.directory.NetworkDirectory;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

class NetworkDirectoryViewTest extends ViewTest {

    @Autowired AccountRepository accounts;

    @Test
    void signedInMemberSeesOtherOrganisationsWithTheirInternalContacts() {
        login(accounts.findByUsername("poland.editor").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/directory");
        NetworkDirectoryView view = _get(NetworkDirectoryView.class);

        NetworkDirectory.Entry ukraine = view.grid.getGenericDataView().getItems()
                .filter(e -> e.slug().equals("la-strada-ukraine")).findFirst().orElseThrow();
        assertThat(ukraine.contacts()).extracting(NetworkDirectory.Contact::email).contains("ukraine.editor@example.org");

        view.country.setValue("MD");
        assertThat(view.grid.getGenericDataView().getItems().map(NetworkDirectory.Entry::slug).toList())
                .containsExactly("la-strada-moldova");
        view.country.clear();
        view.service.setValue(ServiceArea.SHELTER);
        assertThat(view.grid.getGenericDataView().getItems().toList()).isNotEmpty()
                .allMatch(e -> e.services().contains(ServiceArea.SHELTER));
        view.service.clear();
        view.search.setValue("kyiv");
        assertThat(view.grid.getGenericDataView().getItems().map(NetworkDirectory.Entry::slug).toList())
                .containsExactly("la-strada-ukraine");
    }
}
