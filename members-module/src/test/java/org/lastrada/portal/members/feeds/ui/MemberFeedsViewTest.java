package org.lastrada.portal.members.feeds.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.federation.MemberFeed;
import org.lastrada.portal.shared.federation.MemberFeedRepository;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An organisation admin adds the website's feed (a wrong address is said on the field and nothing is saved), pauses
 * and removes it; editors cannot open the screen; the secretariat sees every member's feeds and trusts one.
 */
class MemberFeedsViewTest extends ViewTest {

    @Autowired AccountRepository accounts;
    @Autowired MemberFeedRepository feeds;

    @Test
    void anOrganisationAdminAddsPausesAndRemovesTheWebsitesFeed() {
        login(accounts.findByUsername("netherlands.admin").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/feeds");
        MemberFeedsView view = _get(MemberFeedsView.class);
        assertThat(view.organisation.isVisible()).isFalse();
        assertThat(view.language.getValue()).as("the organisation's country's language").isEqualTo(NetworkLanguage.DUTCH);
        long before = feeds.count();

        view.url.setValue("file:///etc/passwd");
        _click(view.add);
        assertThat(view.url.isInvalid()).isTrue();
        assertThat(view.url.getErrorMessage()).contains("http://");
        view.url.setValue("http://10.0.0.5/feed");
        _click(view.add);
        assertThat(view.url.getErrorMessage()).contains("private network");
        assertThat(feeds.count()).isEqualTo(before);

        String address = "http://127.0.0.1:9/netherlands-" + System.nanoTime() + "/feed.xml";
        view.url.setValue(address);
        view.interval.setValue(60);
        _click(view.add);
        assertThat(view.url.isInvalid()).isFalse();
        MemberFeed added = feeds.findAll().stream().filter(f -> f.getUrl().equals(address)).findFirst().orElseThrow();
        assertThat(added.getDefaultLanguage()).isEqualTo("nl");
        assertThat(added.getFetchIntervalMinutes()).isEqualTo(60);
        List<MemberFeed> shown = view.grid.getGenericDataView().getItems().toList();
        assertThat(shown).extracting(MemberFeed::getUrl).contains(address);
        int row = rowOf(view, address);

        _click(buttonIn(view, row, "Pause"));
        assertThat(feeds.findById(added.getId()).orElseThrow().isPaused()).isTrue();
        assertThat(buttonTexts(view, rowOf(view, address))).contains("Resume").doesNotContain("Trust");

        _click(buttonIn(view, rowOf(view, address), "Remove"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(feeds.findById(added.getId())).isEmpty();
    }

    @Test
    void editorsCannotOpenTheFeeds() {
        login(accounts.findByUsername("netherlands.editor").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/feeds");
        assertNavigationDenied();
    }

    @Test
    void theSecretariatSeesEveryMembersFeedsAndTrustsOne() {
        login(accounts.findByUsername("moderator").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/feeds");
        MemberFeedsView view = _get(MemberFeedsView.class);
        assertThat(view.organisation.isVisible()).isTrue();
        view.organisation.setValue(view.organisation.getListDataView().getItems()
                .filter(o -> o.getSlug().equals("la-strada-poland")).findFirst().orElseThrow());
        assertThat(view.language.getValue()).isEqualTo(NetworkLanguage.POLISH);
        String address = "http://127.0.0.1:9/poland-" + System.nanoTime() + "/feed.xml";
        view.url.setValue(address);
        _click(view.add);

        _click(buttonIn(view, rowOf(view, address), "Trust"));
        MemberFeed trusted = feeds.findAll().stream().filter(f -> f.getUrl().equals(address)).findFirst().orElseThrow();
        assertThat(trusted.isTrusted()).isTrue();
        assertThat(buttonTexts(view, rowOf(view, address))).contains("Stop trusting");
    }

    private static int rowOf(MemberFeedsView view, String address) {
        return view.grid.getGenericDataView().getItems().map(MemberFeed::getUrl).toList().indexOf(address);
    }

    private static List<String> buttonTexts(MemberFeedsView view, int row) {
        var cell = (HorizontalLayout) GridKt._getCellComponent(view.grid, row, "actions");
        return cell.getChildren().map(Button.class::cast).map(Button::getText).toList();
    }

    private static Button buttonIn(MemberFeedsView view, int row, String text) {
        var cell = (HorizontalLayout) GridKt._getCellComponent(view.grid, row, "actions");
        return cell.getChildren().map(Button.class::cast).filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }
}
