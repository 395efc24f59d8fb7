package org.lastrada.portal.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.HasErrorParameter;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.security.LoginView;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/** Who lands where in the workspace, and what the menu offers them. */
@ActiveProfiles("test")
class WorkspaceAccessTest extends ViewTest {

    @Autowired
    AccountRepository accounts;

    @Test
    void anonymousVisitorOpeningAWorkspaceUrlIsSentToSignIn() {
        UI.getCurrent().navigate("workspace/organisation");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void editorLandsOnTheirOrganisationAndSeesOnlyMemberMenuEntries() {
        login(demo("poland.editor"));
        UI.getCurrent().navigate("workspace");

        assertThat(currentPath()).isEqualTo("workspace/organisation");
        assertThat(_get(H2.class).getText()).isEqualTo("Our profile");
        assertThat(_find(Span.class)).extracting(Span::getText).contains("La Strada Poland");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("Our profile", "Our posts").doesNotContain("Moderation queue");
    }

    @Test
    void editorCannotOpenTheModerationQueueByUrl() {
        login(demo("poland.editor"));
        UI.getCurrent().navigate("workspace/moderation");
        // What renders is Vaadin's refusal (an error view), not the queue.
        assertThat(currentView()).isInstanceOf(HasErrorParameter.class);
        assertThat(currentView().getClass().getSimpleName()).isNotEqualTo("ModerationQueueView");
    }

    @Test
    void moderatorLandsOnTheQueueWithTheSubmittedPostsOldestFirst() {
        login(demo("moderator"));
        UI.getCurrent().navigate("workspace");

        assertThat(currentPath()).isEqualTo("workspace/moderation");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class);
        // The demo network: one event of each of the eight members waits for review.
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(8);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("Moderation queue").doesNotContain("Our profile");
    }

    @Test
    void headerNamesTheOrganisationAndTheUser() {
        login(demo("bulgaria.admin"));
        UI.getCurrent().navigate("workspace/organisation");
        assertThat(_find(Span.class)).extracting(Span::getText)
                .contains("Animus Association Foundation / La Strada Bulgaria", "Signed in as Admin Animus Association Foundation / La Strada Bulgaria");
    }

    private Actor demo(String username) {
        return accounts.findByUsername(username).orElseThrow().asActor();
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
