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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
import org.lastrada.portal.workspaceui.ComponentTexts;
import org.lastrada.portal.workspaceui.WorkspaceTime;
import org.springframework.data.domain.PageRequest;

/** Every change and sign-in: who, what, which target, when; filtered and downloadable as CSV. */
@Route("workspace/audit")
@Menu(order = 40, icon = "vaadin:records", title = "workspace.menu.audit")
@RolesAllowed("ADMIN")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    final TextField actor = new TextField(getTranslation("workspace.audit.actor"));
    final Select<Long> organisation = new Select<>();
    final TextField action = new TextField(getTranslation("workspace.audit.action-filter"));
    final DatePicker from = ComponentTexts.localise(new DatePicker(getTranslation("workspace.audit.from")));
    final DatePicker to = ComponentTexts.localise(new DatePicker(getTranslation("workspace.audit.to")));
    final Grid<AuditEvent> grid = new Grid<>();
    private final AuditLog auditLog;

    AuditLogView(AuditLog auditLog, AuditCsv csv, OrganisationService organisations) {
        this.auditLog = auditLog;
        setSizeFull();
        Map<Long, String> names = organisations.all().stream()
                .collect(Collectors.toMap(MemberOrganisation::getId, MemberOrganisation::getName));
        organisation.setLabel(getTranslation("workspace.audit.organisation"));
        organisation.setItems(names.keySet().stream().sorted((a, b) -> names.get(a).compareTo(names.get(b))).toList());
        organisation.setItemLabelGenerator(id -> id == null ? getTranslation("workspace.common.all-organisations") : names.get(id));
        organisation.setEmptySelectionAllowed(true);
        action.setHelperText(getTranslation("workspace.audit.action-filter.helper"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setValueChangeMode(ValueChangeMode.LAZY);

        grid.addColumn(e -> WorkspaceTime.formatWithSeconds(e.getOccurredAt())).setHeader(getTranslation("workspace.audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::getActorName).setHeader(getTranslation("workspace.audit.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> actionLabel(e.getAction())).setHeader(getTranslation("workspace.audit.what")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::target).setHeader(getTranslation("workspace.audit.target")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.getOrganisationId() == null ? "" : names.getOrDefault(e.getOrganisationId(), ""))
                .setHeader(getTranslation("workspace.audit.organisation")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::getSummary).setHeader(getTranslation("workspace.audit.summary")).setFlexGrow(1);
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
        }), getTranslation("workspace.audit.download"));
        HorizontalLayout filters = new HorizontalLayout(actor, organisation, action, from, to, download);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("workspace.audit.heading")), filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.audit.heading"));
    }

    /**
     * "Post: approved (post.approve)": what was done, in words, with the code the filter takes. A code the bundles do not
     * know (a new kind of record) is shown as it is.
     */
    private String actionLabel(String code) {
        int dot = code == null ? -1 : code.indexOf('.');
        if (dot < 0) {
            return code;
        }
        String subject = known("workspace.audit.subject." + code.substring(0, dot).replace('_', '-'));
        String step = known("workspace.audit.step." + code.substring(dot + 1).replace('_', '-'));
        return subject == null || step == null ? code : getTranslation("workspace.audit.action", subject, step, code);
    }

    /** "Post la-strada-news" / "Account maria.popescu": the kind of thing changed and the name it has in the records. */
    private String target(AuditEvent event) {
        String kind = known("workspace.audit.target." + event.getTargetType());
        String type = kind == null ? event.getTargetType() : kind;
        return event.getTargetId() == null ? type : getTranslation("workspace.audit.target.value", type, event.getTargetId());
    }

    /** The text of a key, or null when the bundles have none (the provider answers with the key itself). */
    private String known(String key) {
        String text = getTranslation(key);
        return text.equals(key) ? null : text;
    }

    AuditLog.Filter filter() {
        return new AuditLog.Filter(actor.getValue(), organisation.getValue(), action.getValue(),
                WorkspaceTime.startOf(from.getValue()),
                to.getValue() == null ? null : WorkspaceTime.startOf(to.getValue().plusDays(1)));
    }
}
