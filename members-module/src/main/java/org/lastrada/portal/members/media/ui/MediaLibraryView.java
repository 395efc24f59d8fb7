package org.lastrada.portal.members.media.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.lastrada.portal.shared.media.MediaImage;
import org.lastrada.portal.shared.media.MediaLibrary;
import org.lastrada.portal.shared.media.MediaUse;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.workspaceui.ComponentTexts;
import org.lastrada.portal.workspaceui.Confirmations;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.Notices;
import org.lastrada.portal.workspaceui.WorkspaceTexts;
import org.lastrada.portal.workspaceui.WorkspaceTime;
import org.springframework.security.access.AccessDeniedException;

/**
 * The organisation's media library (the secretariat's is the network's; the secretariat may also look into every
 * member's): upload photos and pictures (several at once, each with its progress), describe each one for people who
 * cannot see it (alt text, or decorative), see which posts use it, and delete one no post uses.
 */
@Route("workspace/media")
@Menu(order = 2.5, icon = "vaadin:picture", title = "media.menu")
@RolesAllowed({"EDITOR", "ORG_ADMIN", "MODERATOR", "ADMIN"})
class MediaLibraryView extends VerticalLayout implements HasDynamicTitle {

    private final MediaLibrary media;
    private final CurrentActor currentActor;
    final Select<MemberOrganisation> library = new Select<>();
    final Upload upload;
    final Grid<MediaImage> grid = new Grid<>();
    final Div details = new Div();
    final Image preview = new Image();
    final TextArea altText = new TextArea();
    final Checkbox decorative = new Checkbox();
    final Button save = new Button();
    final Button delete = new Button();
    final UnorderedList uses = new UnorderedList();
    private MediaImage selected;

    MediaLibraryView(MediaLibrary media, CurrentActor currentActor) {
        this.media = media;
        this.currentActor = currentActor;
        setMaxWidth("1200px");

        List<MemberOrganisation> libraries = media.libraries();
        library.setLabel(getTranslation("media.library"));
        library.setItems(libraries);
        library.setItemLabelGenerator(MemberOrganisation::getName);
        library.setWidth("24rem");
        library.setVisible(libraries.size() > 1);
        library.addValueChangeListener(change -> showLibrary());

        // The image work runs on the upload's own request, outside the session's lock: the screen stays responsive.
        upload = new Upload((UploadHandler) event -> receive(event.getUI(), event.getFileName(), event.getInputStream()));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, media.maxUploadBytes()));
        upload.setMaxFiles(20);
        ComponentTexts.localise(upload);
        upload.addFileRejectedListener(rejected -> Notices.error(rejected.getErrorMessage()));

        grid.addComponentColumn(this::thumbnail).setHeader(getTranslation("media.image")).setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(this::description).setHeader(getTranslation("media.description")).setFlexGrow(3);
        grid.addColumn(image -> getTranslation("media.size", image.getWidth(), image.getHeight()))
                .setHeader(getTranslation("media.dimensions")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(image -> getTranslation("media.uploaded", image.getUploadedBy(), WorkspaceTime.format(image.getUploadedAt())))
                .setHeader(getTranslation("media.uploaded-by")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("media.none"));
        grid.asSingleSelect().addValueChangeListener(change -> select(change.getValue()));

        altText.setLabel(getTranslation("media.alt-text"));
        altText.setHelperText(getTranslation("media.alt-text.helper"));
        altText.setMaxLength(MediaImage.ALT_TEXT_LENGTH);
        altText.setWidthFull();
        decorative.setLabel(getTranslation("media.decorative"));
        decorative.addValueChangeListener(change -> altText.setEnabled(!change.getValue()));
        save.setText(getTranslation("media.save-description"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> describe());
        delete.setText(getTranslation("media.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> confirmDeletion());
        preview.getStyle().set("max-width", "100%").set("max-height", "24rem").set("border-radius", "var(--lumo-border-radius-m)");
        details.add(new H3(getTranslation("media.details")), preview, altText, decorative,
                new HorizontalLayout(save, delete), new H3(getTranslation("media.used-in")), uses);
        details.setVisible(false);
        details.setWidthFull();

        add(new H2(getTranslation("media.heading")), new Paragraph(getTranslation("media.intro")), library,
                new Paragraph(getTranslation("media.upload.helper", media.maxUploadBytes() / (1024 * 1024))), upload, grid, details);
        if (!libraries.isEmpty()) {
            library.setValue(libraries.get(0));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("media.heading"));
    }

    private boolean keepsSelectedLibrary() {
        return library.getValue() != null && currentActor.require().actsFor(library.getValue());
    }

    private void showLibrary() {
        boolean keeps = keepsSelectedLibrary();
        upload.setVisible(keeps);
        grid.setItems(library.getValue() == null ? List.of() : media.list(library.getValue().getId()));
        select(null);
    }

    /**
     * An uploaded file, received on the upload's own request: kept in a temporary file (at most the size limit is read),
     * handed to the library, and the outcome then shown in the screen.
     */
    void receive(UI ui, String fileName, InputStream content) throws IOException {
        MemberOrganisation owner = library.getValue();
        Path file = Files.createTempFile("media-upload", ".bin");
        String message;
        boolean added = false;
        try {
            try (InputStream limited = content; OutputStream out = Files.newOutputStream(file)) {
                // One byte more than allowed is enough to know the file is too large.
                limited.transferTo(new LimitedOutput(out, media.maxUploadBytes() + 1));
            }
            MediaImage image = media.upload(owner.getId(), fileName, file);
            message = ui.getTranslation(image.isDescribed() ? "media.uploaded-again" : "media.added", image.getOriginalName());
            added = true;
        } catch (InvalidInputException e) {
            message = ui.getTranslation("media.refused", fileName, WorkspaceTexts.of(e));
        } finally {
            Files.deleteIfExists(file);
        }
        String outcome = message;
        boolean success = added;
        ui.access(() -> {
            if (success) {
                Notices.success(outcome);
                showLibrary();
            } else {
                Notices.error(outcome);
            }
        });
    }

    /** Writes on until the limit, then swallows the rest: the file stays one byte over the limit at most. */
    private static final class LimitedOutput extends OutputStream {
        private final OutputStream out;
        private long room;

        LimitedOutput(OutputStream out, long limit) {
            this.out = out;
            this.room = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (room > 0) {
                out.write(b);
                room--;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int kept = (int) Math.min(room, length);
            if (kept > 0) {
                out.write(bytes, offset, kept);
                room -= kept;
            }
        }
    }

    private Image thumbnail(MediaImage image) {
        Image thumbnail = new Image(image.workspaceUrl(480), image.alt());
        thumbnail.setWidth("6rem");
        thumbnail.getStyle().set("height", "auto").set("border-radius", "var(--lumo-border-radius-s)");
        return thumbnail;
    }

    private Div description(MediaImage image) {
        Span name = new Span(image.getOriginalName());
        name.getStyle().set("font-weight", "600").set("display", "block").set("word-break", "break-all");
        Span alt = new Span(image.isDecorative() ? getTranslation("media.is-decorative")
                : image.isDescribed() ? image.getAltText() : getTranslation("media.needs-description"));
        alt.getStyle().set("display", "block");
        if (!image.isDescribed()) {
            alt.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return new Div(name, alt);
    }

    private void select(MediaImage image) {
        selected = image;
        details.setVisible(image != null);
        if (image == null) {
            return;
        }
        preview.setSrc(image.workspaceUrl(960));
        preview.setAlt(image.alt());
        decorative.setValue(image.isDecorative());
        altText.setValue(image.getAltText() == null ? "" : image.getAltText());
        altText.setInvalid(false);
        boolean keeps = keepsSelectedLibrary();
        altText.setReadOnly(!keeps);
        decorative.setReadOnly(!keeps);
        save.setVisible(keeps);
        delete.setVisible(keeps);
        uses.removeAll();
        List<MediaUse> found = media.usage(image.getId());
        if (found.isEmpty()) {
            uses.add(new ListItem(getTranslation("media.unused")));
        }
        for (MediaUse use : found) {
            ListItem item = new ListItem(new Anchor("workspace/posts/" + use.postId(), use.title()));
            item.add(new Span(" · " + getTranslation(use.pendingChange() ? "media.use.pending-change" : use.status().messageKey())));
            uses.add(item);
        }
    }

    void describe() {
        if (selected == null) {
            return;
        }
        try {
            MediaImage saved = media.describe(selected.getId(), altText.getValue(), decorative.getValue());
            Notices.success(getTranslation("media.described", saved.getOriginalName()));
            MemberOrganisation shown = library.getValue();
            grid.setItems(media.list(shown.getId()));
            grid.select(saved);
        } catch (InvalidInputException e) {
            FieldErrors.show(e, Map.of("altText", altText));
        } catch (AccessDeniedException e) {
            Notices.error(getTranslation("workspace.error.access-denied"));
        }
    }

    void confirmDeletion() {
        if (selected == null) {
            return;
        }
        MediaImage image = selected;
        Confirmations.removal(getTranslation("media.delete.heading"), getTranslation("media.delete.text", image.getOriginalName()),
                getTranslation("media.delete"), () -> deleteImage(image));
    }

    void deleteImage(MediaImage image) {
        try {
            media.delete(image.getId());
            Notices.success(getTranslation("media.deleted", image.getOriginalName()));
            showLibrary();
        } catch (InvalidInputException e) {
            Notices.error(WorkspaceTexts.of(e));
        } catch (AccessDeniedException e) {
            Notices.error(getTranslation("workspace.error.access-denied"));
        }
    }
}
