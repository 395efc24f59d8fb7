package org.lastrada.portal.members.posts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.lastrada.portal.members.posts.PostAuthoring;
import org.lastrada.portal.shared.content.MarkdownRenderer;
import org.lastrada.portal.shared.content.MediaAddresses;
import org.lastrada.portal.shared.media.MediaImage;
import org.lastrada.portal.shared.media.MediaLibrary;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.EventKind;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.time.TimeZones;
import org.lastrada.portal.shared.uploads.UploadStore;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.ModerationEvent;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.lastrada.portal.shared.workflow.WorkflowException;
import org.lastrada.portal.workspaceui.ComponentTexts;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.IsoCodes;
import org.lastrada.portal.workspaceui.Notices;
import org.lastrada.portal.workspaceui.WorkspaceTexts;
import org.lastrada.portal.workspaceui.WorkspaceTime;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writing a post: the fields of its type, Markdown with a live preview that is sanitised exactly as the
 * public site will show it, the workflow steps its state allows, and its moderation history beside it.
 */
@Route("workspace/posts/:postId")
@RolesAllowed({"EDITOR", "ORG_ADMIN", "MODERATOR", "ADMIN"})
class PostEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PostAuthoring posts;
    private final MarkdownRenderer markdown;
    private final CurrentActor currentActor;
    private final UploadStore uploads;

    final Select<PostType> type = new Select<>();
    final TextField title = new TextField(getTranslation("workspace.posts.editor.title"));
    final TextArea summary = new TextArea(getTranslation("workspace.posts.editor.summary"));
    final TextArea body = new TextArea(getTranslation("workspace.posts.editor.body"));
    final ComboBox<String> language = new ComboBox<>(getTranslation("workspace.posts.editor.language"));
    final TextField tags = new TextField(getTranslation("workspace.posts.editor.tags"));
    final DateTimePicker eventStart = ComponentTexts.localise(new DateTimePicker(getTranslation("workspace.posts.editor.event-start")));
    final DateTimePicker eventEnd = ComponentTexts.localise(new DateTimePicker(getTranslation("workspace.posts.editor.event-end")));
    final TextField eventLocation = new TextField(getTranslation("workspace.posts.editor.event-location"));
    final ComboBox<String> eventTimeZone = new ComboBox<>(getTranslation("workspace.posts.editor.event-time-zone"));
    final ComboBox<EventKind> eventKind = new ComboBox<>(getTranslation("workspace.posts.editor.event-kind"));
    final TextField eventOnlineUrl = new TextField(getTranslation("workspace.posts.editor.event-online-url"));
    final DateTimePicker publishAt = ComponentTexts.localise(new DateTimePicker(getTranslation("workspace.posts.editor.publish-at")));
    final Div preview = new Div();
    final Upload attachmentUpload;
    final Paragraph attachmentState = new Paragraph();
    private String attachment;
    final Paragraph state = new Paragraph();
    final Paragraph moderatorComment = new Paragraph();
    final HorizontalLayout actions = new HorizontalLayout();
    final VerticalLayout history = new VerticalLayout();
    final ComboBox<MediaImage> featuredImage = new ComboBox<>(getTranslation("media.editor.featured"));
    final ComboBox<MediaImage> inlineImage = new ComboBox<>(getTranslation("media.editor.insert"));
    final Button insertImage = new Button(getTranslation("media.editor.insert.button"));
    final PostTranslationsSection translations;
    private final MediaLibrary media;
    private List<MediaImage> images = List.of();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private final BeanValidationBinder<PostContent> binder = new BeanValidationBinder<>(PostContent.class);

    private Post post;

    PostEditorView(PostAuthoring posts, MarkdownRenderer markdown, CurrentActor currentActor, UploadStore uploads, MediaLibrary media) {
        this.posts = posts;
        this.media = media;
        this.markdown = markdown;
        this.currentActor = currentActor;
        this.uploads = uploads;
        attachmentUpload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> receiveAttachment(bytes)))));
        attachmentUpload.setAcceptedFileTypes("application/pdf", ".pdf");
        attachmentUpload.setMaxFileSize(UploadStore.MAX_PDF_BYTES);
        attachmentUpload.setMaxFiles(1);
        ComponentTexts.localise(attachmentUpload);
        attachmentUpload.addFileRejectedListener(rejected -> showAttachment(rejected.getErrorMessage(), true));
        setMaxWidth("75rem");
        buildForm();
        translations = new PostTranslationsSection(posts);
        addComponentAtIndex(3, translations);
    }

    private void buildForm() {
        type.setLabel(getTranslation("workspace.posts.editor.type"));
        type.setItems(PostType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        summary.setMaxLength(500);
        summary.setHelperText(getTranslation("workspace.posts.editor.summary.helper"));
        body.setMinHeight("16rem");
        body.setHelperText(getTranslation("workspace.posts.editor.body.helper"));
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(change -> showPreview(change.getValue()));
        language.setItems(IsoCodes.languages());
        language.setItemLabelGenerator(IsoCodes.languageLabel(""));
        tags.setHelperText(getTranslation("workspace.posts.editor.tags.helper"));
        eventStart.setHelperText(getTranslation("workspace.posts.editor.event-start.helper"));
        eventTimeZone.setItems(TimeZones.CHOICES);
        eventTimeZone.setHelperText(getTranslation("workspace.posts.editor.event-time-zone.helper"));
        eventKind.setItems(EventKind.values());
        eventKind.setItemLabelGenerator(kind -> getTranslation(kind.messageKey()));
        eventKind.setClearButtonVisible(true);
        eventOnlineUrl.setHelperText(getTranslation("workspace.posts.editor.event-online-url.helper"));
        preview.addClassName("post-preview");
        preview.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-m)").set("min-height", "6rem");
        moderatorComment.getStyle().set("color", "var(--lumo-error-text-color)");
        type.addValueChangeListener(change -> showTypeSpecificFields(change.getValue()));

        binder.forField(type).bind("type");
        binder.forField(title).bind("title");
        binder.forField(summary).bind("summary");
        binder.forField(body).bind("body");
        binder.forField(language).bind("language");
        binder.forField(tags).withConverter(new TagsConverter()).bind("tags");
        binder.forField(eventStart).bind("eventStart");
        binder.forField(eventEnd).bind("eventEnd");
        binder.forField(eventLocation).bind("eventLocation");
        binder.forField(eventTimeZone).bind("eventTimeZone");
        binder.forField(eventKind).bind("eventKind");
        binder.forField(eventOnlineUrl).bind("eventOnlineUrl");
        binder.forField(featuredImage).withConverter(image -> image == null ? null : image.getKey(), this::imageByKey)
                .bind("featuredImage");
        for (ComboBox<MediaImage> picker : List.of(featuredImage, inlineImage)) {
            picker.setItemLabelGenerator(MediaImage::label);
            picker.setRenderer(new ComponentRenderer<>(PostEditorView::imageChoice));
            picker.setClearButtonVisible(true);
            picker.setWidthFull();
        }
        featuredImage.setHelperText(getTranslation("media.editor.featured.helper"));
        featuredImage.addValueChangeListener(change -> showPreview(body.getValue()));
        inlineImage.setHelperText(getTranslation("media.editor.insert.helper"));
        insertImage.addClickListener(click -> insertChosenImage());
        insertImage.setEnabled(false);
        inlineImage.addValueChangeListener(change -> insertImage.setEnabled(change.getValue() != null && !body.isReadOnly()));
        fieldsByName.putAll(Map.of("type", type, "title", title, "summary", summary, "body", body, "language", language,
                "tags", tags, "eventStart", eventStart, "eventEnd", eventEnd, "eventTimeZone", eventTimeZone, "eventLocation", eventLocation));
        fieldsByName.putAll(Map.of("eventKind", eventKind, "eventOnlineUrl", eventOnlineUrl, "featuredImage", featuredImage));

        FormLayout form = new FormLayout(type, language, title, summary, tags, eventStart, eventEnd, eventTimeZone, eventKind,
                eventLocation, eventOnlineUrl, publishAt);
        form.setColspan(title, 2);
        form.setColspan(summary, 2);
        form.setColspan(tags, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        body.setWidthFull();

        attachmentState.setText(getTranslation("workspace.posts.editor.attachment.none"));
        HorizontalLayout insert = new HorizontalLayout(inlineImage, insertImage);
        insert.setWidthFull();
        insert.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("workspace.posts.editor.heading")), state, moderatorComment, form, attachmentUpload, attachmentState,
                featuredImage, body, insert, new H3(getTranslation("workspace.common.preview")), preview, actions,
                new H3(getTranslation("workspace.common.history")), history);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.posts.editor.heading"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Here, not in the constructor: the person's zone is known once the workspace's layout has been built.
        publishAt.setHelperText(getTranslation("workspace.posts.editor.publish-at.helper", WorkspaceTime.zoneName()));
        String id = event.getRouteParameters().get("postId").orElse("new");
        if (id.equals("new")) {
            post = null;
            offerImages(posts.ownOrganisation(currentActor.require()).getId());
            PostContent content = new PostContent(PostType.NEWS, "", "en");
            content.setEventTimeZone(WorkspaceTime.zone().getId());
            binder.readBean(content);
            attachment = null;
            publishAt.clear();
            showPreview("");
            showState();
            return;
        }
        try {
            load(posts.read(Long.parseLong(id)));
        } catch (NumberFormatException | AccessDeniedException | InvalidInputException e) {
            // Another organisation's post is reported like a missing one: its existence is not confirmed.
            event.rerouteToError(NotFoundException.class, getTranslation("workspace.posts.editor.not-found"));
        }
    }

    private void load(Post loaded) {
        post = loaded;
        offerImages(post.getOrganisation().getId());
        PostContent content = post.getStatus() == PostStatus.PUBLISHED
                ? posts.openRevision(post.getId()).map(r -> r.getContent()).orElse(post.getContent())
                : post.getContent();
        binder.readBean(content);
        attachment = content.getAttachment();
        showAttachment(getTranslation(attachment == null ? "workspace.posts.editor.attachment.none"
                : "workspace.posts.editor.attachment.attached"), false);
        publishAt.setValue(WorkspaceTime.toPicker(post.getPublishAt()));
        showPreview(content.getBody());
        showState();
    }

    private void showState() {
        actions.removeAll();
        history.removeAll();
        moderatorComment.setVisible(false);
        PostStatus status = post == null ? null : post.getStatus();
        boolean editable = status == null || status.isEditable() || status == PostStatus.PUBLISHED;
        binder.setReadOnly(!editable);
        publishAt.setReadOnly(!editable);
        state.setText(post == null ? getTranslation("workspace.posts.editor.state.new")
                : getTranslation(status == PostStatus.PUBLISHED ? "workspace.posts.editor.state.published" : "workspace.posts.editor.state",
                PostListView.label(this, status)));

        boolean secretariat = currentActor.require().isSecretariat();
        boolean ownContent = post == null || currentActor.require().actsFor(post.getOrganisation());
        if (status == null || status == PostStatus.DRAFT) {
            actions.add(button("workspace.posts.editor.save-draft", false, () -> save(null)),
                    button("workspace.posts.editor.submit", true, () -> save(WorkflowAction.SUBMIT)));
            if (secretariat) {
                // The secretariat's own posts need no review by itself.
                actions.add(button("workspace.posts.editor.publish-now", false, () -> save(WorkflowAction.PUBLISH_DIRECTLY)));
            }
        } else if (status == PostStatus.CHANGES_REQUESTED) {
            actions.add(button("workspace.common.save", false, () -> save(null)),
                    button("workspace.posts.editor.resubmit", true, () -> save(WorkflowAction.RESUBMIT)));
        } else if (status == PostStatus.SUBMITTED) {
            actions.add(button("workspace.posts.editor.withdraw", false, () -> step(WorkflowAction.WITHDRAW)));
        } else if (status == PostStatus.PUBLISHED && ownContent) {
            actions.add(button("workspace.posts.editor.submit-changes", true, this::proposeRevision),
                    button("workspace.posts.editor.archive", false, () -> step(WorkflowAction.ARCHIVE)));
        }
        if (!ownContent) {
            // The secretariat reads a member's post here; its decisions (and take-down) are made in moderation.
            binder.setReadOnly(true);
            publishAt.setReadOnly(true);
        }
        inlineImage.setReadOnly(body.isReadOnly());
        insertImage.setEnabled(false);
        translations.show(post, ownContent);
        if (post != null && post.isTranslation()) {
            // A translation's type, tags and event data are its original's, and its language is what it is.
            for (HasValue<?, ?> originals : new HasValue<?, ?>[] {type, language, tags, eventStart, eventEnd, eventLocation, eventTimeZone,
                    eventKind, eventOnlineUrl}) {
                originals.setReadOnly(true);
            }
        }
        if (post != null) {
            for (ModerationEvent event : posts.history(post.getId())) {
                history.add(new Paragraph(WorkspaceTexts.historyLine(event)));
                if (event.getAction() == WorkflowAction.REQUEST_CHANGES || event.getAction() == WorkflowAction.REJECT) {
                    moderatorComment.setText(getTranslation("workspace.posts.editor.moderator-comment", event.getComment()));
                    moderatorComment.setVisible(status == PostStatus.CHANGES_REQUESTED || status == PostStatus.REJECTED);
                }
            }
            if (history.getComponentCount() == 0) {
                history.add(new Paragraph(getTranslation("workspace.posts.editor.history.empty")));
            }
        }
    }

    private void save(WorkflowAction then) {
        PostContent content = new PostContent();
        if (!binder.writeBeanIfValid(content)) {
            return;
        }
        content.setAttachment(content.getType() == PostType.PUBLICATION ? attachment : null);
        Instant embargo = WorkspaceTime.fromPicker(publishAt.getValue());
        run(() -> posts.save(post == null ? null : post.getId(), post == null ? 0 : post.getVersion(), content, embargo, then),
                getTranslation(then == null ? "workspace.posts.editor.saved" : then == WorkflowAction.PUBLISH_DIRECTLY
                ? "workspace.posts.editor.published" : "workspace.posts.editor.submitted"));
    }

    private void proposeRevision() {
        PostContent content = new PostContent();
        if (!binder.writeBeanIfValid(content)) {
            return;
        }
        content.setAttachment(content.getType() == PostType.PUBLICATION ? attachment : null);
        run(() -> {
            posts.proposeRevision(post.getId(), post.getVersion(), content);
            return posts.read(post.getId());
        }, getTranslation("workspace.posts.editor.changes-submitted"));
    }

    private void step(WorkflowAction action) {
        run(() -> posts.perform(post.getId(), action, null), getTranslation("workspace.posts.editor.done",
                getTranslation(action.messageKey())));
    }

    /** Runs a service call; problems with the input are shown on the fields, conflicts offer a reload. */
    private void run(Supplier<Post> call, String success) {
        try {
            Post saved = call.get();
            Notices.success(success);
            if (post == null) {
                getUI().ifPresent(ui -> ui.navigate("workspace/posts/" + saved.getId()));
            } else {
                load(posts.read(saved.getId()));
            }
        } catch (ConstraintViolationException | InvalidInputException e) {
            Map<String, String> problems = FieldErrors.show(e, fieldsByName);
            Notices.error(problems.size() == 1 ? problems.values().iterator().next()
                    : getTranslation("workspace.common.correct-marked-fields"));
        } catch (OptimisticLockingFailureException e) {
            Notices.conflict(getTranslation("workspace.posts.editor.conflict"), () -> load(posts.read(post.getId())));
        } catch (WorkflowException e) {
            Notices.error(WorkspaceTexts.of(e));
        }
    }

    private void showPreview(String markdownText) {
        MediaImage featured = featuredImage.getValue();
        String text = (featured == null ? "" : featured.asMarkdown() + "\n\n") + (markdownText == null ? "" : markdownText);
        preview.getElement().setProperty("innerHTML", MediaAddresses.forWorkspace(markdown.toSafeHtml(text)));
    }

    /** The organisation's described images, offered as featured image and for the text. */
    private void offerImages(Long organisationId) {
        images = media.choices(organisationId);
        featuredImage.setItems(images);
        inlineImage.setItems(images);
        String empty = getTranslation("media.editor.none");
        featuredImage.setPlaceholder(images.isEmpty() ? empty : "");
        inlineImage.setPlaceholder(images.isEmpty() ? empty : "");
    }

    private MediaImage imageByKey(String key) {
        if (key == null) {
            return null;
        }
        return images.stream().filter(image -> image.getKey().equals(key)).findFirst()
                // An image no longer offered (its description removed since): still shown, so saving keeps or changes it knowingly.
                .orElseGet(() -> media.find(key).orElse(null));
    }

    /** Adds the chosen image, as Markdown, at the end of the text. */
    void insertChosenImage() {
        MediaImage image = inlineImage.getValue();
        if (image == null || body.isReadOnly()) {
            return;
        }
        String text = body.getValue() == null ? "" : body.getValue().stripTrailing();
        body.setValue((text.isEmpty() ? "" : text + "\n\n") + image.asMarkdown() + "\n");
        inlineImage.clear();
    }

    private static Component imageChoice(MediaImage image) {
        Image thumbnail = new Image(image.workspaceUrl(480), "");
        thumbnail.setWidth("4rem");
        thumbnail.getStyle().set("height", "auto").set("margin-inline-end", "var(--lumo-space-s)").set("vertical-align", "middle");
        return new Span(thumbnail, new Span(image.label()));
    }

    private void showTypeSpecificFields(PostType selected) {
        boolean event = selected == PostType.EVENT;
        eventStart.setVisible(event);
        eventEnd.setVisible(event);
        eventLocation.setVisible(event);
        eventTimeZone.setVisible(event);
        eventKind.setVisible(event);
        eventOnlineUrl.setVisible(event);
        attachmentUpload.setVisible(selected == PostType.PUBLICATION);
        attachmentState.setVisible(selected == PostType.PUBLICATION);
    }

    /** The bytes of an uploaded PDF: checked by content and stored; refused with the reason otherwise. */
    void receiveAttachment(byte[] bytes) {
        try {
            attachment = uploads.storeDocument(bytes);
            showAttachment(getTranslation("workspace.posts.editor.attachment.attached"), false);
        } catch (InvalidInputException e) {
            showAttachment(WorkspaceTexts.of(e), true);
        }
    }

    private void showAttachment(String message, boolean problem) {
        attachmentState.setText(message);
        attachmentState.getStyle().set("color", problem ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)");
    }

    private Button button(String textKey, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(textKey), click -> action.run());
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /** "a, b , c" in the field, a sorted set of tags in the content. */
    private static final class TagsConverter implements Converter<String, Set<String>> {
        @Override
        public Result<Set<String>> convertToModel(String value, ValueContext context) {
            Set<String> tags = Arrays.stream(value == null ? new String[0] : value.split(","))
                    .map(tag -> tag.strip().toLowerCase(Locale.ROOT).replace(' ', '-'))
                    .filter(tag -> !tag.isEmpty())
                    .collect(Collectors.toCollection(TreeSet::new));
            return Result.ok(tags);
        }

        @Override
        public String convertToPresentation(Set<String> value, ValueContext context) {
            return value == null ? "" : String.join(", ", value);
        }
    }
}
