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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.lastrada.portal.members.directory.NetworkDirectory;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.workspaceui.IsoCodes;

/** The network directory for signed-in people: organisations with their internal contacts, searchable. */
@Route("workspace/directory")
@PageTitle("Network directory | LSI Network Portal")
@Menu(order = 20, icon = "vaadin:globe", title = "Network directory")
@PermitAll
class NetworkDirectoryView extends VerticalLayout {

    final TextField search = new TextField("Search");
    final Select<String> country = new Select<>();
    final Select<ServiceArea> service = new Select<>();
    final Grid<NetworkDirectory.Entry> grid = new Grid<>();
    private final NetworkDirectory directory;

    NetworkDirectoryView(NetworkDirectory directory) {
        this.directory = directory;
        setSizeFull();
        search.setPlaceholder("Name or city");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        country.setLabel("Country");
        country.setItems(directory.search(null, null, null).stream().map(NetworkDirectory.Entry::countryCode).distinct().sorted().toList());
        country.setItemLabelGenerator(code -> code == null ? "All countries" : IsoCodes.countryName(code));
        country.setEmptySelectionAllowed(true);
        service.setLabel("Service");
        service.setItems(ServiceArea.values());
        service.setItemLabelGenerator(s -> s == null ? "All services" : s.label());
        service.setEmptySelectionAllowed(true);
        search.addValueChangeListener(change -> refresh());
        country.addValueChangeListener(change -> refresh());
        service.addValueChangeListener(change -> refresh());

        grid.addColumn(NetworkDirectory.Entry::name).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(e -> e.city() + ", " + e.country()).setHeader("Place");
        grid.addColumn(e -> e.services().stream().map(ServiceArea::label).collect(Collectors.joining(", "))).setHeader("Services")
                .setFlexGrow(2);
        grid.addComponentColumn(this::contacts).setHeader("Contacts").setFlexGrow(2);
        grid.setSizeFull();
        HorizontalLayout filters = new HorizontalLayout(search, country, service);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2("Network directory"), filters, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(directory.search(search.getValue(), country.getValue(), service.getValue()));
    }

    private Div contacts(NetworkDirectory.Entry entry) {
        Div list = new Div();
        for (NetworkDirectory.Contact contact : entry.contacts()) {
            Div line = new Div();
            line.add(contact.name() + " (" + contact.role() + "), ");
            line.add(new Anchor("mailto:" + contact.email(), contact.email()));
            list.add(line);
        }
        return list;
    }
}
