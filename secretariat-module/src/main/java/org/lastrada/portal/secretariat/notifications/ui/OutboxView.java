package org.lastrada.portal.secretariat.notifications.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lastrada.portal.shared.notifications.Outbox;
import org.lastrada.portal.shared.notifications.OutboxMail;
import org.lastrada.portal.workspaceui.WorkspaceTime;
import org.springframework.data.domain.PageRequest;

/** The notification e-mails: what went out, what waits and why; on the default profile nothing is sent and all stays here. */
@Route("workspace/outbox")
@Menu(order = 45, icon = "vaadin:envelopes-o", title = "workspace.menu.outbox")
@RolesAllowed("ADMIN")
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    final Grid<OutboxMail> grid = new Grid<>();

    OutboxView(Outbox outbox) {
        setSizeFull();
        grid.addColumn(m -> WorkspaceTime.format(m.getCreatedAt())).setHeader(getTranslation("workspace.outbox.written"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMail::getSubject).setHeader(getTranslation("workspace.outbox.subject")).setFlexGrow(1);
        grid.addColumn(OutboxMail::getRecipients).setHeader(getTranslation("workspace.outbox.to")).setFlexGrow(1);
        grid.addColumn(m -> switch (m.getStatus()) {
            case SENT -> getTranslation("workspace.outbox.sent", WorkspaceTime.format(m.getSentAt()));
            case PENDING -> m.getAttempts() == 0 ? getTranslation("workspace.outbox.waiting")
                    : getTranslation("workspace.outbox.retrying", m.getAttempts());
            case FAILED -> getTranslation("workspace.outbox.failed", m.getLastError());
        }).setHeader(getTranslation("workspace.outbox.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> new Pre(m.getBody())));
        grid.setItems(query -> outbox.newestFirst(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setSizeFull();
        add(new H2(getTranslation("workspace.outbox.heading")), new Paragraph(getTranslation("workspace.outbox.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.outbox.heading"));
    }
}
