package org.lastrada.portal.secretariat.network.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.lastrada.portal.secretariat.network.NetworkOrganisations;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.NewOrganisation;
import org.lastrada.portal.shared.organisations.OrganisationKind;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.OrganisationService;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.IsoCodes;
import org.lastrada.portal.workspaceui.Notices;

/**
 * The network's organisations for administrators: add a member, suspend one (hidden from the public site,
 * its staff signed out and unable to sign in) and reactivate it.
 */
@Route("workspace/organisations")
@Menu(order = 35, icon = "vaadin:office", title = "workspace.menu.organisations")
@RolesAllowed("ADMIN")
class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MemberOrganisation> grid = new Grid<>();
    private final NetworkOrganisations administration;
    private final OrganisationService organisations;

    OrganisationsView(NetworkOrganisations administration, OrganisationService organisations) {
        this.administration = administration;
        this.organisations = organisations;
        setSizeFull();
        grid.addColumn(MemberOrganisation::getName).setHeader(getTranslation("workspace.organisations.organisation")).setFlexGrow(1);
        grid.addColumn(o -> getTranslation(o.getKind().messageKey())).setHeader(getTranslation("workspace.organisations.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> IsoCodes.countryName(o.getCountryCode())).setHeader(getTranslation("workspace.organisations.country"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> getTranslation(o.getStatus().messageKey())).setHeader(getTranslation("workspace.organisations.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusButton).setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(o -> new Button(getTranslation("workspace.organisations.edit"), click -> openEdit(o))).setKey("edit")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        Button add = new Button(getTranslation("workspace.organisations.add"), VaadinIcon.PLUS.create(), click -> openNew());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("workspace.organisations.heading")), new Paragraph(getTranslation("workspace.organisations.intro")),
                add, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.organisations.heading"));
    }

    private void refresh() {
        grid.setItems(organisations.all());
    }

    private Button statusButton(MemberOrganisation organisation) {
        boolean active = organisation.getStatus() == OrganisationStatus.ACTIVE;
        Button button = new Button(getTranslation(active ? "workspace.organisations.suspend" : "workspace.organisations.reactivate"),
                click -> {
            administration.changeStatus(organisation.getId(), active ? OrganisationStatus.SUSPENDED : OrganisationStatus.ACTIVE);
            refresh();
            Notices.success(getTranslation(active ? "workspace.organisations.suspended" : "workspace.organisations.reactivated",
                    organisation.getName()));
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, active ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        button.setVisible(!organisation.isSecretariat());
        return button;
    }

    void openEdit(MemberOrganisation organisation) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("workspace.organisations.edit.title", organisation.getName()));
        TextField name = new TextField(getTranslation("workspace.organisations.name"));
        name.setValue(organisation.getName());
        TextField city = new TextField(getTranslation("workspace.organisations.city"));
        city.setValue(organisation.getProfile().getCity());
        ComboBox<String> country = countries();
        country.setValue(organisation.getCountryCode());
        TextField shortDescription = new TextField(getTranslation("workspace.organisations.short-description"));
        shortDescription.setValue(organisation.getProfile().getShortDescription() == null ? "" : organisation.getProfile().getShortDescription());
        Map<String, HasValidation> fields = Map.of("name", name, "city", city, "countryCode", country, "shortDescription", shortDescription);
        Button save = new Button(getTranslation("workspace.common.save"), click -> {
            FieldErrors.clear(fields);
            try {
                administration.edit(organisation.getId(), country.getValue(), name.getValue(), city.getValue(), shortDescription.getValue());
                dialog.close();
                refresh();
            } catch (ConstraintViolationException | InvalidInputException e) {
                FieldErrors.show(e, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, city, country, shortDescription));
        dialog.getFooter().add(new Button(getTranslation("workspace.common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private ComboBox<String> countries() {
        ComboBox<String> country = new ComboBox<>(getTranslation("workspace.organisations.country"));
        country.setItems(IsoCodes.countries());
        country.setItemLabelGenerator(IsoCodes.countryLabel(""));
        return country;
    }

    void openNew() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("workspace.organisations.add"));
        TextField name = new TextField(getTranslation("workspace.organisations.name"));
        TextField slug = new TextField(getTranslation("workspace.organisations.slug"));
        slug.setHelperText(getTranslation("workspace.organisations.slug.helper"));
        ComboBox<String> country = countries();
        TextField city = new TextField(getTranslation("workspace.organisations.city"));
        Map<String, HasValidation> fields = Map.of("name", name, "slug", slug, "countryCode", country, "city", city);
        Button create = new Button(getTranslation("workspace.organisations.add.confirm"), click -> {
            FieldErrors.clear(fields);
            try {
                administration.register(new NewOrganisation(slug.getValue(), OrganisationKind.MEMBER, country.getValue(),
                        new OrganisationProfile(name.getValue(), city.getValue())));
                dialog.close();
                refresh();
            } catch (ConstraintViolationException | InvalidInputException e) {
                FieldErrors.show(e, fields);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, slug, country, city));
        dialog.getFooter().add(new Button(getTranslation("workspace.common.cancel"), click -> dialog.close()), create);
        dialog.open();
    }
}
