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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
@Menu(order = 10, icon = "vaadin:check-square-o", title = "workspace.menu.moderation")
@RolesAllowed({"MODERATOR", "ADMIN"})
class ModerationQueueView extends VerticalLayout implements HasDynamicTitle {

    final Select<Kind> kind = new Select<>();
    final Select<MemberOrganisation> organisation = new Select<>();
    final Select<String> language = new Select<>();
    final Grid<Item> grid = new Grid<>();
    final TextField publishedPost = new TextField(getTranslation("workspace.moderation.queue.published-post"));

    ModerationQueueView(ModerationQueue queue, Moderation moderation, OrganisationService organisations, Clock clock) {
        setSizeFull();
        organisation.setLabel(getTranslation("workspace.moderation.queue.organisation"));
        organisation.setItems(organisations.all());
        organisation.setItemLabelGenerator(o -> o == null ? getTranslation("workspace.common.all-organisations") : o.getName());
        organisation.setEmptySelectionAllowed(true);
        language.setLabel(getTranslation("workspace.moderation.queue.language"));
        language.setItems(IsoCodes.languages());
        language.setItemLabelGenerator(IsoCodes.languageLabel(getTranslation("workspace.moderation.queue.all-languages")));
        language.setEmptySelectionAllowed(true);
        kind.setLabel(getTranslation("workspace.moderation.queue.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k == null ? "workspace.moderation.queue.everything" : k.messageKey()));
        kind.setEmptySelectionAllowed(true);

        grid.addColumn(Item::title).setHeader(getTranslation("workspace.moderation.queue.title")).setFlexGrow(1).setWidth("16rem");
        grid.addColumn(item -> getTranslation(item.kind().messageKey())).setHeader(getTranslation("workspace.moderation.queue.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Item::organisation).setHeader(getTranslation("workspace.moderation.queue.organisation")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> item.type() == null ? "" : getTranslation(item.type().messageKey()))
                .setHeader(getTranslation("workspace.moderation.queue.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> IsoCodes.languageName(item.language())
                + (item.translation() ? " · " + getTranslation("workspace.translations.queue-mark") : "")).setHeader(getTranslation("workspace.moderation.queue.language"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.fromWebsite() ? item.submitter() + " · " + getTranslation("federation.review.from-website")
                : item.submitter()).setHeader(getTranslation("workspace.moderation.queue.submitter")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> waiting(item, clock)).setHeader(getTranslation("workspace.moderation.queue.waiting")).setAutoWidth(true)
                .setFlexGrow(0);
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
        publishedPost.setHelperText(getTranslation("workspace.moderation.queue.published-post.helper"));
        Button openPublished = new Button(getTranslation("workspace.moderation.queue.open"), click -> openPublished(moderation));
        HorizontalLayout findPublished = new HorizontalLayout(publishedPost, openPublished);
        findPublished.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("workspace.moderation.queue.heading")), filters, grid, findPublished);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.moderation.queue.heading"));
    }

    private void openPublished(Moderation moderation) {
        publishedPost.setInvalid(false);
        try {
            Long id = moderation.findPublished(publishedPost.getValue()).getId();
            getUI().ifPresent(ui -> ui.navigate("workspace/moderation/" + Kind.POST.path() + "/" + id));
        } catch (InvalidInputException e) {
            FieldErrors.mark(publishedPost, e.reason());
        }
    }

    private Filter filter() {
        return new Filter(kind.getValue(), organisation.getValue() == null ? null : organisation.getValue().getSlug(),
                language.getValue());
    }

    private String waiting(Item item, Clock clock) {
        if (item.submittedAt() == null) {
            return "";
        }
        Duration waited = Duration.between(item.submittedAt(), clock.instant());
        return waited.toDays() > 0 ? getTranslation("workspace.moderation.queue.waiting.days", waited.toDays())
                : getTranslation("workspace.moderation.queue.waiting.hours", waited.toHours());
    }
}
