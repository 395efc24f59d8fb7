package org.lastrada.portal.secretariat.webhooks.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.lastrada.portal.shared.federation.OutboxRequest;
import org.lastrada.portal.shared.federation.WebhookSubscription;
import org.lastrada.portal.shared.federation.Webhooks;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.workspaceui.Confirmations;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.Notices;
import org.lastrada.portal.workspaceui.WorkspaceTexts;
import org.lastrada.portal.workspaceui.WorkspaceTime;

/**
 * The network's webhook subscribers (administrators): who is told, by a signed POST, when a post is published, changed
 * or removed; each one's secret to give to its receiver; pausing and removing; and how the last deliveries went (the
 * WebSub hub's pings among them).
 */
@Route("workspace/webhooks")
@Menu(order = 46, icon = "vaadin:paperplane", title = "federation.menu.webhooks")
@RolesAllowed("ADMIN")
class WebhooksView extends VerticalLayout implements HasDynamicTitle {

    private final Webhooks webhooks;
    final TextField name = new TextField();
    final TextField url = new TextField();
    final CheckboxGroup<String> events = new CheckboxGroup<>();
    final Button add = new Button();
    final Grid<WebhookSubscription> grid = new Grid<>();
    final Grid<OutboxRequest> deliveries = new Grid<>();

    WebhooksView(Webhooks webhooks) {
        this.webhooks = webhooks;
        setMaxWidth("1200px");
        name.setLabel(getTranslation("federation.webhooks.name"));
        url.setLabel(getTranslation("federation.webhooks.url"));
        url.setHelperText(getTranslation("federation.webhooks.url.helper"));
        events.setLabel(getTranslation("federation.webhooks.events"));
        events.setItems(WebhookSubscription.EVENTS);
        events.setItemLabelGenerator(this::eventName);
        events.setValue(WebhookSubscription.EVENTS);
        add.setText(getTranslation("federation.webhooks.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> subscribe());
        FormLayout form = new FormLayout(name, url, events);
        form.setColspan(events, 2);

        grid.addColumn(WebhookSubscription::getName).setHeader(getTranslation("federation.webhooks.name")).setFlexGrow(1);
        grid.addColumn(WebhookSubscription::getUrl).setHeader(getTranslation("federation.webhooks.url")).setFlexGrow(2);
        grid.addColumn(s -> s.getEvents().stream().map(this::eventName).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("federation.webhooks.events")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation(s.isActive() ? "federation.webhooks.state.active" : "federation.webhooks.state.paused"))
                .setHeader(getTranslation("federation.webhooks.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("federation.webhooks.none"));

        deliveries.addColumn(r -> WorkspaceTime.format(r.getCreatedAt())).setHeader(getTranslation("federation.webhooks.delivery.written"))
                .setAutoWidth(true).setFlexGrow(0);
        deliveries.addColumn(r -> getTranslation(r.getKind() == OutboxRequest.Kind.WEBSUB ? "federation.webhooks.delivery.kind.websub"
                : "federation.webhooks.delivery.kind.webhook")).setHeader(getTranslation("federation.webhooks.delivery.kind")).setAutoWidth(true);
        deliveries.addColumn(r -> eventName(r.getEvent())).setHeader(getTranslation("federation.webhooks.events")).setFlexGrow(1);
        deliveries.addColumn(OutboxRequest::getUrl).setHeader(getTranslation("federation.webhooks.url")).setFlexGrow(2);
        deliveries.addColumn(r -> switch (r.getStatus()) {
            case SENT -> getTranslation("workspace.outbox.sent", WorkspaceTime.format(r.getSentAt()));
            case PENDING -> r.getAttempts() == 0 ? getTranslation("workspace.outbox.waiting")
                    : getTranslation("workspace.outbox.retrying", r.getAttempts());
            case FAILED -> getTranslation("workspace.outbox.failed", r.getLastError());
        }).setHeader(getTranslation("workspace.outbox.status")).setFlexGrow(1);
        deliveries.setHeight("24rem");
        deliveries.setEmptyStateText(getTranslation("federation.webhooks.deliveries.none"));

        add(new H2(getTranslation("federation.webhooks.heading")), new Paragraph(getTranslation("federation.webhooks.intro")),
                form, add, grid, new H3(getTranslation("federation.webhooks.deliveries")), deliveries);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("federation.webhooks.heading"));
    }

    private String eventName(String event) {
        return getTranslation("federation.webhooks.event." + event);
    }

    void subscribe() {
        Map<String, HasValidation> fields = Map.of("name", name, "url", url, "events", events);
        FieldErrors.clear(fields);
        try {
            WebhookSubscription added = webhooks.subscribe(name.getValue(), url.getValue(), events.getValue());
            name.clear();
            url.clear();
            refresh();
            Notices.success(getTranslation("federation.webhooks.added", added.getName()));
            showSecret(added);
        } catch (InvalidInputException e) {
            FieldErrors.show(e, fields);
        }
    }

    private void refresh() {
        grid.setItems(webhooks.list());
        deliveries.setItems(webhooks.recentDeliveries());
    }

    private HorizontalLayout actions(WebhookSubscription subscription) {
        Button secret = small(getTranslation("federation.webhooks.show-secret"), () -> showSecret(subscription));
        Button pause = small(getTranslation(subscription.isActive() ? "federation.webhooks.pause" : "federation.webhooks.resume"),
                () -> run(() -> webhooks.setActive(subscription.getId(), !subscription.isActive()), getTranslation(subscription.isActive()
                        ? "federation.webhooks.paused" : "federation.webhooks.resumed", subscription.getName())));
        Button remove = small(getTranslation("federation.webhooks.remove"), () -> confirmRemoval(subscription));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(secret, pause, remove);
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        return actions;
    }

    void showSecret(WebhookSubscription subscription) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("federation.webhooks.secret.heading", subscription.getName()));
        TextField secret = new TextField(getTranslation("federation.webhooks.secret"));
        secret.setValue(subscription.getSecret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        dialog.add(new Paragraph(getTranslation("federation.webhooks.secret.text")), secret);
        dialog.getFooter().add(new Button(getTranslation("federation.webhooks.close"), click -> dialog.close()));
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    void confirmRemoval(WebhookSubscription subscription) {
        Confirmations.removal(getTranslation("federation.webhooks.remove.heading"),
                getTranslation("federation.webhooks.remove.text", subscription.getName()), getTranslation("federation.webhooks.remove"),
                () -> run(() -> webhooks.remove(subscription.getId()), getTranslation("federation.webhooks.removed", subscription.getName())));
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            Notices.success(done);
        } catch (InvalidInputException e) {
            Notices.error(WorkspaceTexts.of(e));
        }
        refresh();
    }
}
