package org.lastrada.portal.secretariat.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationsViewTest extends ViewTest {

    @Autowired AccountRepository accounts;
    @Autowired MemberOrganisationRepository organisations;

    @Test
    void adminAddsSuspendsAndReactivatesAnOrganisation() {
        login(accounts.findByUsername("admin").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/organisations");
        OrganisationsView view = _get(OrganisationsView.class);

        String slug = "la-strada-test-" + UUID.randomUUID().toString().substring(0, 6);
        _click(_get(Button.class, spec -> spec.withText("Add a member organisation")));
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("La Strada Testland");
        _get(TextField.class, spec -> spec.withLabel("Address name")).setValue(slug);
        @SuppressWarnings("unchecked")
        ComboBox<String> country = _get(ComboBox.class, spec -> spec.withLabel("Country"));
        country.setValue("RO");
        _get(TextField.class, spec -> spec.withLabel("City")).setValue("Bucharest");
        _click(_get(Button.class, spec -> spec.withText("Add")));
        MemberOrganisation added = organisations.findBySlug(slug).orElseThrow();
        assertThat(added.getStatus()).isEqualTo(OrganisationStatus.ACTIVE);

        int row = view.grid.getGenericDataView().getItems().map(MemberOrganisation::getSlug).toList().indexOf(slug);
        _click((Button) GridKt._getCellComponent(view.grid, row, "status"));
        assertThat(organisations.findBySlug(slug).orElseThrow().getStatus()).isEqualTo(OrganisationStatus.SUSPENDED);
        _click((Button) GridKt._getCellComponent(view.grid, row, "status"));
        assertThat(organisations.findBySlug(slug).orElseThrow().getStatus()).isEqualTo(OrganisationStatus.ACTIVE);

        view.openEdit(organisations.findBySlug(slug).orElseThrow());
        _get(TextField.class, spec -> spec.withLabel("City")).setValue("Cluj-Napoca");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(organisations.findBySlug(slug).orElseThrow().getProfile().getCity()).isEqualTo("Cluj-Napoca");
    }
}
