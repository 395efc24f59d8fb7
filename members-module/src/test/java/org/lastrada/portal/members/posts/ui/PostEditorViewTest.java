package org.lastrada.portal.members.posts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasErrorParameter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.TestImages;
import org.lastrada.portal.shared.media.MediaImage;
import org.lastrada.portal.shared.media.MediaLibrary;
import org.lastrada.portal.members.posts.PostAuthoring;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.posts.EventKind;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostRow;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A member editor writes, submits, withdraws and revises posts in the browserless workspace. */
class PostEditorViewTest extends ViewTest {

    @Autowired PostSteps postSteps;
    @Autowired MediaLibrary media;
    @Autowired PostAuthoring postAuthoring;
    @Autowired PostRepository posts;
    @Autowired AccountRepository accounts;
    @Autowired MemberOrganisationRepository organisations;

    private Actor editor;

    @BeforeEach
    void signInAsEditor() {
        editor = accounts.findByUsername("moldova.editor").orElseThrow().asActor();
        login(editor);
        NotificationsKt.clearNotifications();
    }

    @AfterEach
    void clear() {
        NotificationsKt.clearNotifications();
    }

    @Test
    void editorWritesANewDraftAndSavesIt() {
        UI.getCurrent().navigate("workspace/posts/new");
        PostEditorView view = _get(PostEditorView.class);
        String title = "Helpline figures " + UUID.randomUUID();
        view.title.setValue(title);
        view.summary.setValue("How many people called us this year.");
        view.body.setValue("We answered **1,200** calls.");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));

        Post saved = posts.findAll().stream().filter(p -> p.getTitle().equals(title)).findFirst().orElseThrow();
        assertThat(saved.getStatus()).isEqualTo(PostStatus.DRAFT);
        assertThat(saved.getContent().getBody()).isEqualTo("We answered **1,200** calls.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("workspace/posts/" + saved.getId());
    }

    @Test
    void editorPicksAFeaturedImageAndPutsAnotherInTheText() {
        MediaImage photo = media.describe(media.upload(editor.organisationId(), "office.jpg", TestImages.jpeg(1300, 700)).getId(),
                "Our office in Chișinău", false);
        MediaImage undescribed = media.upload(editor.organisationId(), "blurred.jpg", TestImages.jpeg(1310, 700));
        UI.getCurrent().navigate("workspace/posts/new");
        PostEditorView view = _get(PostEditorView.class);
        assertThat(view.featuredImage.getListDataView().getItems()).as("only described images are offered")
                .extracting(MediaImage::getId).contains(photo.getId()).doesNotContain(undescribed.getId());
        String title = "Open day " + UUID.randomUUID();
        view.title.setValue(title);
        view.body.setValue("Come and meet us.");

        view.featuredImage.setValue(photo);
        view.inlineImage.setValue(photo);
        _click(view.insertImage);

        assertThat(view.body.getValue()).isEqualTo("Come and meet us.\n\n![Our office in Chișinău](/media/" + photo.getKey() + "-960.jpg)\n");
        assertThat(view.preview.getElement().getProperty("innerHTML"))
                .contains("src=\"/workspace-media/" + photo.getKey() + "-960.jpg\"").doesNotContain("src=\"/media/");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));

        Post saved = posts.findAll().stream().filter(p -> p.getTitle().equals(title)).findFirst().orElseThrow();
        assertThat(saved.getContent().getFeaturedImage()).isEqualTo(photo.getKey());
        assertThat(saved.getContent().imageKeys()).containsExactly(photo.getKey());
    }

    @Test
    void editorAnnouncesAWebinarHeldOnlineOnly() {
        UI.getCurrent().navigate("workspace/posts/new");
        PostEditorView view = _get(PostEditorView.class);
        assertThat(view.eventKind.isVisible()).isFalse();
        view.type.setValue(PostType.EVENT);
        assertThat(view.eventKind.isVisible()).isTrue();
        assertThat(view.eventOnlineUrl.isVisible()).isTrue();
        String title = "Webinar " + UUID.randomUUID();
        view.title.setValue(title);
        view.eventStart.setValue(LocalDateTime.of(2027, 3, 1, 10, 0));
        view.eventKind.setValue(EventKind.WEBINAR);
        assertThat(view.eventKind.getItemLabelGenerator().apply(EventKind.WEBINAR)).isEqualTo("Webinar");
        view.eventOnlineUrl.setValue("https://meet.example.org/open-day");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));

        Post saved = posts.findAll().stream().filter(p -> p.getTitle().equals(title)).findFirst().orElseThrow();
        assertThat(saved.getContent().getEventKind()).isEqualTo(EventKind.WEBINAR);
        assertThat(saved.getContent().getEventOnlineUrl()).isEqualTo("https://meet.example.org/open-day");
    }

    @Test
    void previewShowsTheSanitisedMarkdown() {
        UI.getCurrent().navigate("workspace/posts/new");
        PostEditorView view = _get(PostEditorView.class);
        view.body.setValue("<script>alert(1)</script>\n\n**bold** [x](javascript:alert(1)) <img src=x onerror=alert(1)>");

        String html = view.preview.getElement().getProperty("innerHTML");
        assertThat(html).contains("<strong>bold</strong>").doesNotContain("<script").doesNotContain("href=\"javascript:")
                .doesNotContain("<img");
    }

    @Test
    void editorSubmitsThenWithdrawsADraft() {
        Post draft = draft("Statement on labour exploitation");
        UI.getCurrent().navigate("workspace/posts/" + draft.getId());
        _click(_get(Button.class, spec -> spec.withText("Submit for review")));
        assertThat(posts.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(PostStatus.SUBMITTED);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anyMatch(text -> text.contains("submit"));

        _click(_get(Button.class, spec -> spec.withText("Withdraw")));
        assertThat(posts.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(PostStatus.DRAFT);
    }

    @Test
    void editorSeesTheModeratorsCommentRevisesAndResubmits() {
        Post draft = draft("Round table report");
        postSteps.perform(draft.getId(), WorkflowAction.SUBMIT, null);
        asModerator(() -> postSteps.perform(draft.getId(), WorkflowAction.REQUEST_CHANGES, "Please name the partners."));
        login(editor);

        UI.getCurrent().navigate("workspace/posts/" + draft.getId());
        PostEditorView view = _get(PostEditorView.class);
        assertThat(view.moderatorComment.isVisible()).isTrue();
        assertThat(view.moderatorComment.getText()).contains("Please name the partners.");

        view.body.setValue("With the trade unions and the labour inspectorate.");
        _click(_get(Button.class, spec -> spec.withText("Resubmit for review")));

        Post resubmitted = posts.findById(draft.getId()).orElseThrow();
        assertThat(resubmitted.getStatus()).isEqualTo(PostStatus.SUBMITTED);
        assertThat(resubmitted.getContent().getBody()).isEqualTo("With the trade unions and the labour inspectorate.");
    }

    @Test
    void secondSaveAfterSomeoneElsesGetsAConflictAndOverwritesNothing() {
        Post draft = draft("Annual report");
        UI.getCurrent().navigate("workspace/posts/" + draft.getId());
        PostEditorView view = _get(PostEditorView.class);

        PostContent theirs = draft.getContent().copy();
        theirs.setTitle("Annual report 2026 (their version)");
        postAuthoring.edit(draft.getId(), draft.getVersion(), theirs, null);

        view.title.setValue("Annual report (my version)");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));

        assertThat(posts.findById(draft.getId()).orElseThrow().getTitle()).isEqualTo("Annual report 2026 (their version)");
        assertThat(_find(Notification.class)).isNotEmpty();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Someone else saved this post in the meantime. "
                + "Nothing of yours was saved: reload to see their version, then make your change again.");
    }

    @Test
    void invalidInputIsMarkedOnTheFieldsAndNothingIsSaved() {
        long before = posts.count();
        UI.getCurrent().navigate("workspace/posts/new");
        PostEditorView view = _get(PostEditorView.class);
        view.type.setValue(PostType.EVENT);
        view.title.setValue("Open day");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));

        assertThat(view.eventStart.isInvalid()).isTrue();
        assertThat(view.eventStart.getErrorMessage()).isEqualTo("is required for events");
        assertThat(view.eventLocation.isInvalid()).isTrue();
        assertThat(view.eventLocation.getErrorMessage()).isEqualTo("is required for events unless they have a link to join online");
        assertThat(posts.count()).isEqualTo(before);

        view.eventOnlineUrl.setValue("meet.example.org/open-day");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        assertThat(view.eventOnlineUrl.isInvalid()).isTrue();
        assertThat(view.eventOnlineUrl.getErrorMessage()).isEqualTo("must be a web address starting with http:// or https://");
        assertThat(posts.count()).isEqualTo(before);

        view.title.setValue("");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(posts.count()).isEqualTo(before);
    }

    @Test
    void editorCannotOpenAnotherOrganisationsPostByUrl() {
        Actor ukrainian = accounts.findByUsername("ukraine.editor").orElseThrow().asActor();
        login(ukrainian);
        Post theirs = postSteps.createDraft(organisations.findBySlug("la-strada-ukraine").orElseThrow().getId(),
                content("Internal Ukrainian draft " + UUID.randomUUID()), null);
        login(editor);

        UI.getCurrent().navigate("workspace/posts/" + theirs.getId());

        // Refused as "not found", so the post's existence is not even confirmed; Karibu reports the error view on lookup.
        Object shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(shown).isInstanceOf(HasErrorParameter.class).isNotInstanceOf(PostEditorView.class);
        assertThatThrownBy(() -> _find(Paragraph.class)).hasMessageContaining("There is no such post in your organisation");
    }

    @Test
    void postListShowsOnlyTheOrganisationsOwnPostsAndFiltersByState() {
        Post mine = draft("Only in Moldova " + UUID.randomUUID());
        UI.getCurrent().navigate("workspace/posts");
        PostListView list = _get(PostListView.class);
        List<PostRow> shown = list.grid.getGenericDataView().getItems().toList();
        assertThat(shown).extracting(PostRow::id).contains(mine.getId());
        assertThat(shown).allMatch(p -> p.organisationId().equals(editor.organisationId()));

        list.status.setValue(PostStatus.PUBLISHED);
        assertThat(list.grid.getGenericDataView().getItems().toList()).isNotEmpty()
                .allMatch(p -> p.status() == PostStatus.PUBLISHED);
    }

    @Test
    void moderatorPublishesTheSecretariatsOwnPostDirectly() {
        login(accounts.findByUsername("moderator").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/posts/new");
        PostEditorView view = _get(PostEditorView.class);
        String title = "Secretariat statement " + UUID.randomUUID();
        view.title.setValue(title);
        view.body.setValue("The network calls for action.");
        _click(_get(Button.class, spec -> spec.withText("Publish now")));

        Post published = posts.findAll().stream().filter(p -> p.getTitle().equals(title)).findFirst().orElseThrow();
        assertThat(published.getStatus()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(published.getOrganisation().getId())
                .isEqualTo(organisations.findBySlug("international-secretariat").orElseThrow().getId());
    }

    @Test
    void editorsDoNotGetPublishNow() {
        UI.getCurrent().navigate("workspace/posts/new");
        assertThat(_find(Button.class, spec -> spec.withText("Publish now"))).isEmpty();
    }

    @Test
    void moderatorReadsAPublishedMemberPostWithoutChangingItHere() {
        Post draft = draft("Read by the secretariat " + UUID.randomUUID());
        postSteps.perform(draft.getId(), WorkflowAction.SUBMIT, null);
        asModerator(() -> postSteps.perform(draft.getId(), WorkflowAction.APPROVE, null));
        login(accounts.findByUsername("moderator").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/posts/" + draft.getId());
        PostEditorView view = _get(PostEditorView.class);

        assertThat(view.title.isReadOnly()).isTrue();
        assertThat(view.actions.getChildren()).as("take-down is in the secretariat's review, not in the editor").isEmpty();
    }

    @Test
    void editorAddsATranslationWhichOpensAsADraftHoldingTheOriginalsTextsAndShowsTheGroup() {
        Post original = draft("Helpline figures " + UUID.randomUUID());
        UI.getCurrent().navigate("workspace/posts/" + original.getId());
        PostEditorView view = _get(PostEditorView.class);
        assertThat(view.translations.summary.getText()).isEqualTo("This post has no translations.");
        assertThat(view.translations.language.getListDataView().getItems().toList()).doesNotContain("en").contains("ro", "ru", "uk");

        view.translations.language.setValue("ro");
        _click(view.translations.add);

        Post translation = posts.findTranslationsOf(original.getId()).stream().findFirst()
                .map(member -> posts.findById(member.id()).orElseThrow()).orElseThrow();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("workspace/posts/" + translation.getId());
        assertThat(translation.getContent().getLanguage()).isEqualTo("ro");
        assertThat(translation.getStatus()).isEqualTo(PostStatus.DRAFT);
        PostEditorView editing = _get(PostEditorView.class);
        assertThat(editing.title.getValue()).as("the original's, to translate").isEqualTo(original.getTitle());
        assertThat(editing.body.getValue()).isEqualTo(original.getContent().getBody());
        assertThat(editing.type.isReadOnly()).as("the original's type").isTrue();
        assertThat(editing.tags.isReadOnly()).isTrue();
        assertThat(editing.language.isReadOnly()).isTrue();
        assertThat(editing.title.isReadOnly()).isFalse();
        assertThat(editing.translations.shared.isVisible()).isTrue();
        assertThat(editing.translations.members.getChildren().map(item -> item.getElement().getTextRecursively()).toList()).containsExactly(
                "English (en), draft: " + original.getTitle() + " · the original",
                "Romanian (ro), draft: " + original.getTitle() + " · the one you are editing");
        assertThat(editing.translations.language.getListDataView().getItems().toList()).doesNotContain("en", "ro").contains("ru");

        editing.title.setValue("Cifrele liniei fierbinți");
        editing.body.setValue("Am răspuns la **1.200** de apeluri.");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        Post saved = posts.findById(translation.getId()).orElseThrow();
        assertThat(saved.getTitle()).isEqualTo("Cifrele liniei fierbinți");
        assertThat(saved.getContent().getLanguage()).isEqualTo("ro");
        assertThat(posts.findById(original.getId()).orElseThrow().getTitle()).isEqualTo(original.getTitle());
    }

    @Test
    void aNewPostHasNoTranslationsSection() {
        UI.getCurrent().navigate("workspace/posts/new");
        assertThat(_get(PostEditorView.class).translations.isVisible()).isFalse();
    }

    private Post draft(String title) {
        return postSteps.createDraft(editor.organisationId(), content(title), null);
    }

    private static PostContent content(String title) {
        PostContent content = new PostContent(PostType.NEWS, title, "en");
        content.setSummary("Summary of " + title);
        content.setBody("Body of " + title);
        return content;
    }

    private void asModerator(Runnable action) {
        Actor moderator = accounts.findByUsername("moderator").orElseThrow().asActor();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(moderator, null,
                List.of(new SimpleGrantedAuthority(moderator.role().authority()))));
        action.run();
    }
}
