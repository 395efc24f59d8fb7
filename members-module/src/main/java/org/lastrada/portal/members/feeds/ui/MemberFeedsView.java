package org.lastrada.portal.members.feeds.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lastrada.portal.shared.federation.MemberFeed;
import org.lastrada.portal.shared.federation.MemberFeeds;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.workspaceui.Confirmations;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.IsoCodes;
import org.lastrada.portal.workspaceui.Notices;
import org.lastrada.portal.workspaceui.WorkspaceTexts;
import org.lastrada.portal.workspaceui.WorkspaceTime;
import org.springframework.security.access.AccessDeniedException;

/**
 * The feeds of the organisation's own website that the portal reads (for the secretariat: every member's): add one by
 * its address, see how each is doing (last fetch, last new item, the last problem in plain words, items taken), pause,
 * fetch now or remove it. The secretariat also decides which feeds it trusts: their items publish without review.
 */
@Route("workspace/feeds")
@Menu(order = 4, icon = "vaadin:connect", title = "federation.menu.feeds")
@RolesAllowed({"ORG_ADMIN", "MODERATOR", "ADMIN"})
class MemberFeedsView extends VerticalLayout implements HasDynamicTitle {

    private final MemberFeeds feeds;
    private final boolean secretariat;
    final Grid<MemberFeed> grid = new Grid<>();
    final TextField url = new TextField();
    final Select<MemberOrganisation> organisation = new Select<>();
    final Select<PostType> type = new Select<>();
    final Select<NetworkLanguage> language = new Select<>();
    final Select<Integer> interval = new Select<>();
    final Button add = new Button();

    MemberFeedsView(MemberFeeds feeds, CurrentActor currentActor) {
        this.feeds = feeds;
        Actor actor = currentActor.require();
        this.secretariat = actor.isSecretariat();
        setMaxWidth("1200px");

        url.setLabel(getTranslation("federation.feeds.url"));
        url.setHelperText(getTranslation("federation.feeds.url.helper"));
        url.setWidthFull();
        List<MemberOrganisation> organisations = feeds.organisations();
        organisation.setLabel(getTranslation("federation.feeds.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(MemberOrganisation::getName);
        organisation.setVisible(secretariat);
        organisation.addValueChangeListener(change -> suggestLanguage(change.getValue()));
        type.setLabel(getTranslation("federation.feeds.type"));
        type.setItems(MemberFeeds.ITEM_TYPES);
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setValue(PostType.NEWS);
        type.setHelperText(getTranslation("federation.feeds.type.helper"));
        language.setLabel(getTranslation("federation.feeds.language"));
        language.setItems(Arrays.asList(NetworkLanguage.values()));
        language.setItemLabelGenerator(IsoCodes.networkLanguageLabel());
        language.setHelperText(getTranslation("federation.feeds.language.helper"));
        interval.setLabel(getTranslation("federation.feeds.interval"));
        interval.setItems(MemberFeeds.INTERVAL_MINUTES);
        interval.setItemLabelGenerator(minutes -> minutes % 60 == 0 ? getTranslation("federation.feeds.interval.hours", minutes / 60)
                : getTranslation("federation.feeds.interval.minutes", minutes));
        interval.setValue(30);
        if (!organisations.isEmpty()) {
            organisation.setValue(organisations.get(0));
            suggestLanguage(organisations.get(0));
        }
        add.setText(getTranslation("federation.feeds.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> register());
        FormLayout form = new FormLayout(url, organisation, type, language, interval);
        form.setColspan(url, 2);

        if (secretariat) {
            grid.addColumn(f -> f.getOrganisation().getName()).setHeader(getTranslation("federation.feeds.organisation")).setFlexGrow(1);
        }
        grid.addComponentColumn(this::describe).setHeader(getTranslation("federation.feeds.feed")).setWidth("14rem").setFlexGrow(3);
        grid.addColumn(this::state).setHeader(getTranslation("federation.feeds.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> time(f.getLastFetchedAt())).setHeader(getTranslation("federation.feeds.last-fetch")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(f -> time(f.getLastChangedAt())).setHeader(getTranslation("federation.feeds.last-change")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(f -> f.getLastError() == null ? "" : WorkspaceTexts.of(f.getLastError()))
                .setHeader(getTranslation("federation.feeds.problem")).setWidth("8rem").setFlexGrow(2);
        grid.addColumn(MemberFeed::getItemsTaken).setHeader(getTranslation("federation.feeds.items")).setWidth("6rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setWidth("12rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("federation.feeds.none"));

        add(new H2(getTranslation(secretariat ? "federation.feeds.heading.secretariat" : "federation.feeds.heading")),
                new Paragraph(getTranslation("federation.feeds.intro")),
                new Paragraph(getTranslation(secretariat ? "federation.feeds.review.secretariat" : "federation.feeds.review")),
                form, add, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation(secretariat ? "federation.feeds.heading.secretariat" : "federation.feeds.heading"));
    }

    private void suggestLanguage(MemberOrganisation chosen) {
        if (chosen != null) {
            NetworkLanguage.fromCode(feeds.suggestedLanguage(chosen.getId())).ifPresent(language::setValue);
        }
    }

    void register() {
        Map<String, HasValidation> fields = Map.of("url", url, "organisation", organisation, "defaultType", type, "defaultLanguage", language,
                "interval", interval);
        FieldErrors.clear(fields);
        MemberOrganisation owner = organisation.getValue();
        if (owner == null) {
            FieldErrors.mark(organisation, getTranslation("federation.refusal.organisation"));
            return;
        }
        try {
            MemberFeed feed = feeds.register(owner.getId(), url.getValue(), type.getValue(),
                    language.getValue() == null ? null : language.getValue().code(), interval.getValue());
            url.clear();
            refresh();
            Notices.success(getTranslation("federation.feeds.added", feed.getUrl()));
        } catch (InvalidInputException e) {
            FieldErrors.show(e, fields);
        }
    }

    private void refresh() {
        grid.setItems(feeds.list());
    }

    private Div describe(MemberFeed feed) {
        Div cell = new Div();
        if (feed.getTitle() != null) {
            Span title = new Span(feed.getTitle());
            title.getStyle().set("font-weight", "600").set("display", "block");
            cell.add(title);
        }
        Anchor address = new Anchor(feed.getUrl(), feed.getUrl());
        address.setTarget("_blank");
        address.getElement().setAttribute("rel", "noopener noreferrer");
        address.getStyle().set("word-break", "break-all").set("font-size", "var(--lumo-font-size-s)");
        cell.add(address);
        Span settings = new Span(getTranslation("federation.feeds.settings", getTranslation(feed.getDefaultType().messageKey()),
                IsoCodes.languageName(feed.getDefaultLanguage()), feed.getFetchIntervalMinutes()));
        settings.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        cell.add(settings);
        return cell;
    }

    private String state(MemberFeed feed) {
        String state = getTranslation(feed.isPaused() ? "federation.feeds.state.paused" : "federation.feeds.state.active");
        return feed.isTrusted() ? state + " · " + getTranslation("federation.feeds.state.trusted") : state;
    }

    private String time(Instant instant) {
        return instant == null ? getTranslation("federation.feeds.never") : WorkspaceTime.format(instant);
    }

    private HorizontalLayout actions(MemberFeed feed) {
        Button pause = small(getTranslation(feed.isPaused() ? "federation.feeds.resume" : "federation.feeds.pause"),
                () -> feeds.setPaused(feed.getId(), !feed.isPaused()),
                getTranslation(feed.isPaused() ? "federation.feeds.resumed" : "federation.feeds.paused", feed.getUrl()));
        Button fetch = small(getTranslation("federation.feeds.fetch-now"), () -> feeds.fetchSoon(feed.getId()),
                getTranslation("federation.feeds.fetch-soon", feed.getUrl()));
        fetch.setEnabled(!feed.isPaused());
        Button remove = new Button(getTranslation("federation.feeds.remove"), click -> confirmRemoval(feed));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(pause, fetch);
        if (secretariat) {
            actions.add(small(getTranslation(feed.isTrusted() ? "federation.feeds.distrust" : "federation.feeds.trust"),
                    () -> feeds.setTrusted(feed.getId(), !feed.isTrusted()),
                    getTranslation(feed.isTrusted() ? "federation.feeds.distrusted" : "federation.feeds.trusted", feed.getUrl())));
        }
        actions.add(remove);
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        return actions;
    }

    void confirmRemoval(MemberFeed feed) {
        Confirmations.removal(getTranslation("federation.feeds.remove.heading"), getTranslation("federation.feeds.remove.text", feed.getUrl()),
                getTranslation("federation.feeds.remove"), () -> run(() -> {
                    feeds.remove(feed.getId());
                    return null;
                }, getTranslation("federation.feeds.removed", feed.getUrl())));
    }

    private Button small(String text, Supplier<?> action, String done) {
        Button button = new Button(text, click -> run(action, done));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void run(Supplier<?> action, String done) {
        try {
            action.get();
            Notices.success(done);
        } catch (InvalidInputException | AccessDeniedException e) {
            Notices.error(e instanceof InvalidInputException refusal ? WorkspaceTexts.of(refusal) : getTranslation("workspace.error.access-denied"));
        }
        refresh();
    }
}
