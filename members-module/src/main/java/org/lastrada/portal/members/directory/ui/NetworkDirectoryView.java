package org.lastrada.portal.members.directory.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.lastrada.portal.members.directory.NetworkDirectory;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.workspaceui.IsoCodes;

/** The network directory for signed-in people: organisations with their internal contacts, searchable. */
@Route("workspace/directory")
@Menu(order = 20, icon = "vaadin:globe", title = "workspace.menu.directory")
@PermitAll
class NetworkDirectoryView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField(getTranslation("workspace.directory.search"));
    final Select<String> country = new Select<>();
    final Select<ServiceArea> service = new Select<>();
    final Grid<NetworkDirectory.Entry> grid = new Grid<>();
    private final NetworkDirectory directory;

    NetworkDirectoryView(NetworkDirectory directory) {
        this.directory = directory;
        setSizeFull();
        search.setPlaceholder(getTranslation("workspace.directory.search.placeholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        country.setLabel(getTranslation("workspace.directory.country"));
        country.setItems(directory.search(null, null, null).stream().map(NetworkDirectory.Entry::countryCode).distinct().sorted().toList());
        country.setItemLabelGenerator(code -> code == null ? getTranslation("workspace.directory.all-countries") : IsoCodes.countryName(code));
        country.setEmptySelectionAllowed(true);
        service.setLabel(getTranslation("workspace.directory.service"));
        service.setItems(ServiceArea.values());
        service.setItemLabelGenerator(s -> getTranslation(s == null ? "workspace.directory.all-services" : s.messageKey()));
        service.setEmptySelectionAllowed(true);
        search.addValueChangeListener(change -> refresh());
        country.addValueChangeListener(change -> refresh());
        service.addValueChangeListener(change -> refresh());

        grid.addColumn(NetworkDirectory.Entry::name).setHeader(getTranslation("workspace.directory.organisation")).setFlexGrow(2);
        grid.addColumn(e -> getTranslation("workspace.directory.place.value", e.city(), IsoCodes.countryName(e.countryCode())))
                .setHeader(getTranslation("workspace.directory.place"));
        grid.addColumn(e -> e.services().stream().map(s -> getTranslation(s.messageKey())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("workspace.directory.services")).setFlexGrow(2);
        grid.addComponentColumn(this::contacts).setHeader(getTranslation("workspace.directory.contacts")).setFlexGrow(2);
        grid.setSizeFull();
        HorizontalLayout filters = new HorizontalLayout(search, country, service);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("workspace.directory.heading")), filters, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.directory.heading"));
    }

    private void refresh() {
        grid.setItems(directory.search(search.getValue(), country.getValue(), service.getValue()));
    }

    private Div contacts(NetworkDirectory.Entry entry) {
        Div list = new Div();
        for (NetworkDirectory.Contact contact : entry.contacts()) {
            Div line = new Div();
            line.add(getTranslation("workspace.directory.contact", contact.name(), getTranslation(contact.role().messageKey())));
            line.add(new Anchor("mailto:" + contact.email(), contact.email()));
            list.add(line);
        }
        return list;
    }
}
