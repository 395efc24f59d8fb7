package org.lastrada.portal.secretariat.webhooks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.federation.WebhookSubscription;
import org.lastrada.portal.shared.federation.WebhookSubscriptionRepository;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator adds a webhook (bad input said on its field, nothing saved), reads its secret, pauses and removes
 * it; moderators cannot open the screen.
 */
class WebhooksViewTest extends ViewTest {

    @Autowired AccountRepository accounts;
    @Autowired WebhookSubscriptionRepository subscriptions;

    @Test
    void anAdministratorAddsReadsTheSecretOfPausesAndRemovesAWebhook() {
        login(accounts.findByUsername("admin").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/webhooks");
        WebhooksView view = _get(WebhooksView.class);
        long before = subscriptions.count();

        view.name.setValue("Partner newsroom");
        view.url.setValue("http://10.1.1.1/hooks");
        _click(view.add);
        assertThat(view.url.isInvalid()).isTrue();
        assertThat(view.url.getErrorMessage()).contains("private network");
        view.url.setValue("http://127.0.0.1:9/hooks/lsi");
        view.events.setValue(Set.of());
        _click(view.add);
        assertThat(view.events.isInvalid()).isTrue();
        assertThat(subscriptions.count()).isEqualTo(before);

        view.events.setValue(Set.of("post.published", "post.removed"));
        _click(view.add);
        WebhookSubscription added = subscriptions.findAll().stream().filter(s -> s.getUrl().equals("http://127.0.0.1:9/hooks/lsi"))
                .findFirst().orElseThrow();
        assertThat(added.getEvents()).containsExactly("post.published", "post.removed");
        assertThat(added.getSecret()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(_get(Dialog.class).isOpened()).as("the secret is shown at once").isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Secret")).getValue()).isEqualTo(added.getSecret());
        _get(Dialog.class).close();

        int row = view.grid.getGenericDataView().getItems().map(WebhookSubscription::getId).toList().indexOf(added.getId());
        assertThat(GridKt._getFormattedRow(view.grid, row)).contains("A post is published, A published post is taken down or archived", "Active");
        _click(buttonIn(view, row, "Pause"));
        assertThat(subscriptions.findById(added.getId()).orElseThrow().isActive()).isFalse();

        _click(buttonIn(view, row, "Remove"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(subscriptions.findById(added.getId())).isEmpty();
    }

    @Test
    void moderatorsCannotOpenTheWebhooks() {
        login(accounts.findByUsername("moderator").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/webhooks");
        assertNavigationDenied();
    }

    private static Button buttonIn(WebhooksView view, int row, String text) {
        var cell = (HorizontalLayout) GridKt._getCellComponent(view.grid, row, "actions");
        return cell.getChildren().map(Button.class::cast).filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }
}
