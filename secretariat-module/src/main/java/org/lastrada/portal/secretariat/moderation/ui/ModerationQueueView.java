package org.lastrada.portal.secretariat.moderation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import org.lastrada.portal.secretariat.moderation.ModerationQueue;
import org.springframework.data.domain.PageRequest;

/** The secretariat's start page: everything awaiting review, oldest first, loaded page by page. */
@Route("workspace/moderation")
@PageTitle("Moderation queue | LSI Network Portal")
@Menu(order = 10, icon = "vaadin:check-square-o", title = "Moderation queue")
@RolesAllowed({"MODERATOR", "ADMIN"})
class ModerationQueueView extends VerticalLayout {

    ModerationQueueView(ModerationQueue queue, Clock clock) {
        setSizeFull();
        Grid<ModerationQueue.Item> grid = new Grid<>();
        grid.addColumn(ModerationQueue.Item::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(ModerationQueue.Item::organisation).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(item -> item.type().label()).setHeader("Type");
        grid.addColumn(ModerationQueue.Item::language).setHeader("Language");
        grid.addColumn(ModerationQueue.Item::submitter).setHeader("Submitted by");
        grid.addColumn(item -> waiting(item, clock)).setHeader("Waiting");
        grid.setItems(query -> queue.submittedPosts(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setSizeFull();
        add(new H2("Waiting for review"), grid);
    }

    private static String waiting(ModerationQueue.Item item, Clock clock) {
        if (item.submittedAt() == null) {
            return "";
        }
        Duration waited = Duration.between(item.submittedAt(), clock.instant());
        return waited.toDays() > 0 ? waited.toDays() + " days" : waited.toHours() + " hours";
    }
}
