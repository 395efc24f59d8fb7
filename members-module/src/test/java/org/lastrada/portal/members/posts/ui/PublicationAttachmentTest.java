package org.lastrada.portal.members.posts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A publication carries one PDF, recognised by its content; anything else is refused with the reason. */
class PublicationAttachmentTest extends ViewTest {

    @Autowired AccountRepository accounts;
    @Autowired PostRepository posts;

    @BeforeEach
    void openNewPublication() {
        login(accounts.findByUsername("belarus.editor").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/posts/new");
        _get(PostEditorView.class).type.setValue(PostType.PUBLICATION);
    }

    @Test
    void pdfIsAttachedAndSavedWithThePublication() {
        PostEditorView view = _get(PostEditorView.class);
        assertThat(view.attachmentUpload.isVisible()).isTrue();
        view.receiveAttachment("%PDF-1.7\nreport".getBytes());
        String title = "Annual report " + UUID.randomUUID();
        view.title.setValue(title);
        _click(_get(Button.class, spec -> spec.withText("Save draft")));

        Post saved = posts.findAll().stream().filter(p -> p.getTitle().equals(title)).findFirst().orElseThrow();
        assertThat(saved.getContent().getAttachment()).matches("[0-9a-f-]{36}\\.pdf");
    }

    @Test
    void disguisedFileIsRefusedAndNothingIsAttached() {
        PostEditorView view = _get(PostEditorView.class);
        view.receiveAttachment("MZ this is an executable named report.pdf".getBytes());
        assertThat(view.attachmentState.getText()).contains("not a PDF document");

        String title = "Report without PDF " + UUID.randomUUID();
        view.title.setValue(title);
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        assertThat(posts.findAll().stream().filter(p -> p.getTitle().equals(title)).findFirst().orElseThrow()
                .getContent().getAttachment()).isNull();
    }
}
