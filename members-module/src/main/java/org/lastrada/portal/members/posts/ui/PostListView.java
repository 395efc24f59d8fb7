package org.lastrada.portal.members.posts.ui;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lastrada.portal.members.posts.PostAuthoring;
import org.lastrada.portal.shared.posts.PostRow;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.workspaceui.IsoCodes;
import org.lastrada.portal.workspaceui.WorkspaceTime;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** "Our posts": the organisation's posts page by page, newest change first, filtered by state and type. */
@Route("workspace/posts")
@Menu(order = 2, icon = "vaadin:newspaper", title = "workspace.menu.posts")
@RolesAllowed({"EDITOR", "ORG_ADMIN", "MODERATOR", "ADMIN"})
class PostListView extends VerticalLayout implements HasDynamicTitle {

    final Select<PostStatus> status = new Select<>();
    final Select<PostType> type = new Select<>();
    final Grid<PostRow> grid = new Grid<>();

    PostListView(PostAuthoring posts) {
        setSizeFull();
        status.setLabel(getTranslation("workspace.posts.list.state"));
        status.setItems(PostStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("workspace.posts.list.all-states"));
        status.setItemLabelGenerator(s -> label(this, s));
        type.setLabel(getTranslation("workspace.posts.list.type"));
        type.setItems(PostType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("workspace.posts.list.all-types"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("workspace.posts.list.all-types") : getTranslation(t.messageKey()));

        Button newPost = new Button(getTranslation("workspace.posts.list.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("workspace/posts/new")));
        newPost.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(status, type, newPost);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.addColumn(PostRow::title).setHeader(getTranslation("workspace.posts.list.title-column")).setFlexGrow(1).setWidth("16rem");
        grid.addColumn(p -> getTranslation(p.type().messageKey())).setHeader(getTranslation("workspace.posts.list.type"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> label(this, p.status())).setHeader(getTranslation("workspace.posts.list.state")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> IsoCodes.languageName(p.language())).setHeader(getTranslation("workspace.posts.list.language"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> WorkspaceTime.format(p.updatedAt())).setHeader(getTranslation("workspace.posts.list.last-change"))
                .setKey("updatedAt").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> WorkspaceTime.format(p.publishAt())).setHeader(getTranslation("workspace.posts.list.publish-at"))
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

        add(new H2(getTranslation("workspace.posts.list.heading")), filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.posts.list.heading"));
    }

    /** "Waiting for review": a post's state as its list and its editor name it. */
    static String label(Component component, PostStatus status) {
        return component.getTranslation(status == null ? "workspace.posts.list.all-states" : status.messageKey());
    }
}
