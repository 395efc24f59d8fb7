package org.lastrada.portal.members.media.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.TestImages;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.media.MediaImage;
import org.lastrada.portal.shared.media.MediaImageRepository;
import org.lastrada.portal.shared.media.MediaLibrary;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff keep their organisation's media library: an upload appears in the list marked as needing a description, a file
 * that is no image is refused with the reason and adds nothing, a description is required unless the image is
 * decoration only, an unused image is deleted after confirming; the secretariat looks into a member's library but
 * changes only its own.
 */
class MediaLibraryViewTest extends ViewTest {

    @Autowired AccountRepository accounts;
    @Autowired MediaImageRepository images;
    @Autowired MediaLibrary media;

    private Actor editor;

    @BeforeEach
    void signInAsEditor() {
        editor = accounts.findByUsername("ukraine.editor").orElseThrow().asActor();
        login(editor);
        NotificationsKt.clearNotifications();
    }

    @AfterEach
    void clear() {
        NotificationsKt.clearNotifications();
    }

    @Test
    void anEditorUploadsDescribesAndDeletesAnImage() throws IOException {
        UI.getCurrent().navigate("workspace/media");
        MediaLibraryView view = _get(MediaLibraryView.class);
        assertThat(view.library.isVisible()).as("one library: their organisation's").isFalse();
        String name = "helpline-" + System.nanoTime() + ".jpg";

        upload(view, name, TestImages.jpeg(1200 + (int) (System.nanoTime() % 300), 800));

        MediaImage image = shown(view).stream().filter(i -> i.getOriginalName().equals(name)).findFirst().orElseThrow();
        assertThat(image.isDescribed()).isFalse();
        assertThat(lastNotification()).contains(name, "describe it");
        view.grid.select(image);
        assertThat(view.details.isVisible()).isTrue();
        assertThat(view.preview.getSrc()).isEqualTo("/workspace-media/" + image.getKey() + "-960.jpg");
        assertThat(view.uses.getChildren().map(item -> item.getElement().getText())).containsExactly("No post uses this image.");

        view.altText.setValue("");
        _click(view.save);
        assertThat(view.altText.isInvalid()).isTrue();
        assertThat(view.altText.getErrorMessage()).isEqualTo("Describe the image, or mark it as decoration only.");
        assertThat(images.findById(image.getId()).orElseThrow().isDescribed()).isFalse();

        view.altText.setValue("Counsellors answering the helpline in Kyiv");
        _click(view.save);
        assertThat(images.findById(image.getId()).orElseThrow().getAltText()).isEqualTo("Counsellors answering the helpline in Kyiv");

        view.grid.select(shown(view).stream().filter(i -> i.getId().equals(image.getId())).findFirst().orElseThrow());
        _click(view.delete);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(images.findById(image.getId())).isEmpty();
        assertThat(shown(view)).extracting(MediaImage::getId).doesNotContain(image.getId());
    }

    @Test
    void aFileThatIsNoImageIsRefusedWithTheReasonAndAddsNothing() throws IOException {
        UI.getCurrent().navigate("workspace/media");
        MediaLibraryView view = _get(MediaLibraryView.class);
        long before = images.count();

        upload(view, "cv.jpg", "%PDF-1.7 not a photo".getBytes(StandardCharsets.US_ASCII));

        assertThat(images.count()).isEqualTo(before);
        assertThat(lastNotification()).isEqualTo("cv.jpg was not added: This file is not a PNG, JPEG or WebP image (whatever its name says).");
    }

    @Test
    void theSecretariatLooksIntoAMembersLibraryButChangesOnlyItsOwn() throws IOException {
        media.upload(editor.organisationId(), "ukraine-" + System.nanoTime() + ".png", TestImages.png(640, 480, false));

        login(accounts.findByUsername("moderator").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/media");
        MediaLibraryView view = _get(MediaLibraryView.class);
        assertThat(view.library.isVisible()).isTrue();
        assertThat(view.library.getValue().isSecretariat()).as("its own library first").isTrue();
        assertThat(view.upload.isVisible()).isTrue();

        MemberOrganisation ukraine = view.library.getListDataView().getItems()
                .filter(o -> o.getId().equals(editor.organisationId())).findFirst().orElseThrow();
        view.library.setValue(ukraine);
        assertThat(view.upload.isVisible()).isFalse();
        assertThat(shown(view)).isNotEmpty();
        view.grid.select(shown(view).get(0));
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.delete.isVisible()).isFalse();
        assertThat(view.altText.isReadOnly()).isTrue();
    }

    private static void upload(MediaLibraryView view, String name, byte[] bytes) throws IOException {
        view.receive(UI.getCurrent(), name, new ByteArrayInputStream(bytes));
        MockVaadin.clientRoundtrip();
    }

    private static List<MediaImage> shown(MediaLibraryView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }

    private static String lastNotification() {
        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).isNotEmpty();
        return shown.get(shown.size() - 1).getElement().getProperty("text");
    }
}
