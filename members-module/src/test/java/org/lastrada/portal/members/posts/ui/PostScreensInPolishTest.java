package org.lastrada.portal.members.posts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** An editor whose account reads Polish gets the post list, the editor and the services' refusals in Polish. */
class PostScreensInPolishTest extends ViewTest {

    @Autowired AccountRepository accounts;
    @Autowired PostSteps postSteps;

    private Actor editor;

    @BeforeEach
    void signInAsAPolishEditor() {
        Account account = accounts.findByUsername("poland.editor").orElseThrow();
        account.chooseInterfaceLanguage(NetworkLanguage.POLISH);
        editor = accounts.save(account).asActor();
        login(editor);
        NotificationsKt.clearNotifications();
    }

    @AfterEach
    void clearNotifications() {
        NotificationsKt.clearNotifications();
    }

    @Test
    void postListIsInPolish() {
        UI.getCurrent().navigate("workspace/posts");

        PostListView list = _get(PostListView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Nasze wpisy");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Nasze wpisy | Portal sieci LSI");
        assertThat(list.status.getLabel()).isEqualTo("Stan");
        assertThat(list.grid.getColumns()).extracting(c -> c.getHeaderText())
                .containsExactly("Tytuł", "Rodzaj", "Stan", "Język", "Ostatnia zmiana", "Publikacja");
        assertThat(list.type.getItemLabelGenerator().apply(PostType.EVENT)).isEqualTo("Wydarzenie");
        assertThat(_get(Button.class, spec -> spec.withText("Nowy wpis"))).isNotNull();
    }

    @Test
    void editorAndItsRefusalsAreInPolish() {
        UI.getCurrent().navigate("workspace/posts/new");
        PostEditorView view = _get(PostEditorView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Wpis");
        assertThat(view.title.getLabel()).isEqualTo("Tytuł");
        assertThat(view.publishAt.getHelperText()).startsWith("W twojej strefie czasowej, ").contains("czas środkowoeuropejski");

        // A constraint of the post, refused on its field.
        view.type.setValue(PostType.EVENT);
        view.title.setValue("Dzień otwarty");
        view.eventLocation.setValue("Warszawa");
        _click(_get(Button.class, spec -> spec.withText("Zapisz szkic")));
        assertThat(view.eventStart.isInvalid()).isTrue();
        assertThat(view.eventStart.getErrorMessage()).isEqualTo("jest wymagane dla wydarzeń");

        // An upload refused by the upload store.
        view.type.setValue(PostType.PUBLICATION);
        view.receiveAttachment("MZ not a pdf".getBytes());
        assertThat(view.attachmentState.getText()).isEqualTo("Ten plik nie jest dokumentem PDF (niezależnie od nazwy).");
    }

    @Test
    void aWorkflowRefusalIsInPolish() {
        PostContent content = new PostContent(PostType.NEWS, "Raport roczny " + UUID.randomUUID(), "pl");
        Post submitted = postSteps.perform(postSteps.createDraft(editor.organisationId(), content, null).getId(),
                WorkflowAction.SUBMIT, null);
        UI.getCurrent().navigate("workspace/posts/" + submitted.getId());
        assertThat(_get(PostEditorView.class).state.getText()).isEqualTo("Stan: Czeka na weryfikację.");

        // The secretariat approves while the editor still has the submitted post open; withdrawing it is then refused.
        login(accounts.findByUsername("moderator").orElseThrow().asActor());
        postSteps.perform(submitted.getId(), WorkflowAction.APPROVE, null);
        login(editor);
        _click(_get(Button.class, spec -> spec.withText("Wycofaj")));

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .containsExactly("Wpis „" + content.getTitle() + "” ma stan „opublikowany”: tej pozycji nie można teraz wycofać "
                        + "(można tylko w stanie: zgłoszony).");
    }
}
