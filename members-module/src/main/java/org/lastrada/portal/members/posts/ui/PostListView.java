package org.lastrada.portal.members.posts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lastrada.portal.members.posts.PostAuthoring;
import org.lastrada.portal.shared.posts.PostRow;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.workspaceui.WorkspaceTime;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** "Our posts": the organisation's posts page by page, newest change first, filtered by state and type. */
@Route("workspace/posts")
@PageTitle("Our posts | LSI Network Portal")
@Menu(order = 2, icon = "vaadin:newspaper", title = "Our posts")
@RolesAllowed({"EDITOR", "ORG_ADMIN", "MODERATOR", "ADMIN"})
class PostListView extends VerticalLayout {


    final Select<PostStatus> status = new Select<>();
    final Select<PostType> type = new Select<>();
    final Grid<PostRow> grid = new Grid<>();

    PostListView(PostAuthoring posts) {
        setSizeFull();
        status.setLabel("State");
        status.setItems(PostStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All states");
        status.setItemLabelGenerator(PostListView::label);
        type.setLabel("Type");
        type.setItems(PostType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("All types");
        type.setItemLabelGenerator(t -> t == null ? "All types" : t.label());

        Button newPost = new Button("New post", VaadinIcon.PLUS.create(), click -> getUI().ifPresent(ui -> ui.navigate("workspace/posts/new")));
        newPost.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(status, type, newPost);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.addColumn(PostRow::title).setHeader("Title").setFlexGrow(1).setWidth("16rem");
        grid.addColumn(p -> p.type().label()).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> label(p.status())).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PostRow::language).setHeader("Language").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> WorkspaceTime.format(p.updatedAt())).setHeader("Last change").setKey("updatedAt").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> WorkspaceTime.format(p.publishAt())).setHeader("Publish at")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> {
            Sort sort = query.getSortOrders().stream().findFirst()
                    .map(order -> Sort.by(order.getDirection() == SortDirection.ASCENDING ? Sort.Direction.ASC : Sort.Direction.DESC, "updatedAt"))
                    .orElse(Sort.by(Sort.Direction.DESC, "updatedAt"));
            return posts.listOwn(status.getValue(), type.getValue(), PageRequest.of(query.getPage(), query.getPageSize(), sort.and(Sort.by("id"))))
                    .stream();
        });
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("workspace/posts/" + click.getItem().id())));
        grid.setSizeFull();
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        type.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        add(new H2("Our posts"), filters, grid);
    }

    static String label(PostStatus status) {
        if (status == null) {
            return "All states";
        }
        return switch (status) {
            case DRAFT -> "Draft";
            case SUBMITTED -> "Waiting for review";
            case CHANGES_REQUESTED -> "Changes requested";
            case PUBLISHED -> "Published";
            case REJECTED -> "Rejected";
            case ARCHIVED -> "Archived";
        };
    }
}
