package org.lastrada.portal.secretariat.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import org.lastrada.portal.secretariat.moderation.Moderation;
import org.lastrada.portal.secretariat.moderation.ModerationQueue;
import org.lastrada.portal.secretariat.moderation.ModerationQueue.Filter;
import org.lastrada.portal.secretariat.moderation.ModerationQueue.Item;
import org.lastrada.portal.secretariat.moderation.ModerationQueue.Kind;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.OrganisationService;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.IsoCodes;

/** The secretariat's start page: everything awaiting review, oldest first, loaded page by page. */
@Route("workspace/moderation")
@PageTitle("Moderation queue | LSI Network Portal")
@Menu(order = 10, icon = "vaadin:check-square-o", title = "Moderation queue")
@RolesAllowed({"MODERATOR", "ADMIN"})
class ModerationQueueView extends VerticalLayout {

    final Select<Kind> kind = new Select<>();
    final Select<MemberOrganisation> organisation = new Select<>();
    final Select<String> language = new Select<>();
    final Grid<Item> grid = new Grid<>();
    final TextField publishedPost = new TextField("Published post");

    ModerationQueueView(ModerationQueue queue, Moderation moderation, OrganisationService organisations, Clock clock) {
        setSizeFull();
        organisation.setLabel("Organisation");
        organisation.setItems(organisations.all());
        organisation.setItemLabelGenerator(o -> o == null ? "All organisations" : o.getName());
        organisation.setEmptySelectionAllowed(true);
        language.setLabel("Language");
        language.setItems(IsoCodes.languages());
        language.setItemLabelGenerator(IsoCodes.languageLabel("All languages"));
        language.setEmptySelectionAllowed(true);
        kind.setLabel("What");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> k == null ? "Everything" : k.label());
        kind.setEmptySelectionAllowed(true);

        grid.addColumn(Item::title).setHeader("Title").setFlexGrow(1).setWidth("16rem");
        grid.addColumn(item -> item.kind().label()).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Item::organisation).setHeader("Organisation").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Item::type).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.language() == null ? "" : item.language()
                + (item.translation() ? " · " + getTranslation("workspace.translations.queue-mark") : "")).setHeader("Language")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Item::submitter).setHeader("Submitted by").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> waiting(item, clock)).setHeader("Waiting").setAutoWidth(true).setFlexGrow(0);
        CallbackDataProvider<Item, Void> items = new CallbackDataProvider<>(
                query -> queue.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> queue.count(filter()));
        grid.setItems(items);
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate("workspace/moderation/" + click.getItem().kind().path() + "/" + click.getItem().id())));
        grid.setSizeFull();
        kind.addValueChangeListener(change -> items.refreshAll());
        organisation.addValueChangeListener(change -> items.refreshAll());
        language.addValueChangeListener(change -> items.refreshAll());

        HorizontalLayout filters = new HorizontalLayout(kind, organisation, language);
        filters.getStyle().set("flex-wrap", "wrap");
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        publishedPost.setWidth("28rem");
        publishedPost.setHelperText("Told about a published post that must come down? Paste its public address or slug.");
        Button openPublished = new Button("Open", click -> openPublished(moderation));
        HorizontalLayout findPublished = new HorizontalLayout(publishedPost, openPublished);
        findPublished.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Waiting for review"), filters, grid, findPublished);
    }

    private void openPublished(Moderation moderation) {
        publishedPost.setInvalid(false);
        try {
            Long id = moderation.findPublished(publishedPost.getValue()).getId();
            getUI().ifPresent(ui -> ui.navigate("workspace/moderation/" + Kind.POST.path() + "/" + id));
        } catch (InvalidInputException e) {
            FieldErrors.mark(publishedPost, e.getMessage());
        }
    }

    private Filter filter() {
        return new Filter(kind.getValue(), organisation.getValue() == null ? null : organisation.getValue().getSlug(),
                language.getValue());
    }

    private static String waiting(Item item, Clock clock) {
        if (item.submittedAt() == null) {
            return "";
        }
        Duration waited = Duration.between(item.submittedAt(), clock.instant());
        return waited.toDays() > 0 ? waited.toDays() + " days" : waited.toHours() + " hours";
    }
}
