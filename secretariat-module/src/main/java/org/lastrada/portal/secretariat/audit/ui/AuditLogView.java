package org.lastrada.portal.secretariat.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.lastrada.portal.secretariat.audit.AuditCsv;
import org.lastrada.portal.shared.audit.AuditEvent;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.OrganisationService;
import org.lastrada.portal.workspaceui.WorkspaceTime;
import org.springframework.data.domain.PageRequest;

/** Every change and sign-in: who, what, which target, when; filtered and downloadable as CSV. */
@Route("workspace/audit")
@PageTitle("Audit log | LSI Network Portal")
@Menu(order = 40, icon = "vaadin:records", title = "Audit log")
@RolesAllowed("ADMIN")
class AuditLogView extends VerticalLayout {

    final TextField actor = new TextField("Who (username)");
    final Select<Long> organisation = new Select<>();
    final TextField action = new TextField("Action");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To (inclusive)");
    final Grid<AuditEvent> grid = new Grid<>();
    private final AuditLog auditLog;

    AuditLogView(AuditLog auditLog, AuditCsv csv, OrganisationService organisations) {
        this.auditLog = auditLog;
        setSizeFull();
        Map<Long, String> names = organisations.all().stream()
                .collect(Collectors.toMap(MemberOrganisation::getId, MemberOrganisation::getName));
        organisation.setLabel("Organisation");
        organisation.setItems(names.keySet().stream().sorted((a, b) -> names.get(a).compareTo(names.get(b))).toList());
        organisation.setItemLabelGenerator(id -> id == null ? "All organisations" : names.get(id));
        organisation.setEmptySelectionAllowed(true);
        action.setHelperText("e.g. login, post.approve");
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setValueChangeMode(ValueChangeMode.LAZY);

        grid.addColumn(e -> WorkspaceTime.formatWithSeconds(e.getOccurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::getActorName).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::getAction).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.getTargetType() + (e.getTargetId() == null ? "" : " " + e.getTargetId())).setHeader("Target")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.getOrganisationId() == null ? "" : names.getOrDefault(e.getOrganisationId(), "")).setHeader("Organisation")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::getSummary).setHeader("Before → after").setFlexGrow(1);
        grid.setItems(query -> auditLog.read(filter(), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setSizeFull();
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        organisation.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.export(filter()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "lsi-audit-log.csv", "text/csv", bytes.length);
        }), "Download as CSV");
        HorizontalLayout filters = new HorizontalLayout(actor, organisation, action, from, to, download);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2("Audit log"), filters, grid);
    }

    AuditLog.Filter filter() {
        return new AuditLog.Filter(actor.getValue(), organisation.getValue(), action.getValue(),
                WorkspaceTime.startOf(from.getValue()),
                to.getValue() == null ? null : WorkspaceTime.startOf(to.getValue().plusDays(1)));
    }
}
