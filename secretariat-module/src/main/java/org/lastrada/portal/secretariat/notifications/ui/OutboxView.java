package org.lastrada.portal.secretariat.notifications.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lastrada.portal.shared.notifications.Outbox;
import org.lastrada.portal.shared.notifications.OutboxMail;
import org.lastrada.portal.workspaceui.WorkspaceTime;
import org.springframework.data.domain.PageRequest;

/** The notification e-mails: what went out, what waits and why; on the default profile nothing is sent and all stays here. */
@Route("workspace/outbox")
@PageTitle("Outbox | LSI Network Portal")
@Menu(order = 45, icon = "vaadin:envelopes-o", title = "Outbox")
@RolesAllowed("ADMIN")
class OutboxView extends VerticalLayout {

    final Grid<OutboxMail> grid = new Grid<>();

    OutboxView(Outbox outbox) {
        setSizeFull();
        grid.addColumn(m -> WorkspaceTime.format(m.getCreatedAt())).setHeader("Written").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMail::getSubject).setHeader("Subject").setFlexGrow(1);
        grid.addColumn(OutboxMail::getRecipients).setHeader("To").setFlexGrow(1);
        grid.addColumn(m -> switch (m.getStatus()) {
            case SENT -> "Sent " + WorkspaceTime.format(m.getSentAt());
            case PENDING -> m.getAttempts() == 0 ? "Waiting" : "Retrying (" + m.getAttempts() + " failed)";
            case FAILED -> "Failed: " + m.getLastError();
        }).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> new Pre(m.getBody())));
        grid.setItems(query -> outbox.newestFirst(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setSizeFull();
        add(new H2("Outbox"), new Paragraph("Notification e-mails, newest first. Click a mail to read it."), grid);
    }
}
