package org.lastrada.portal.secretariat.moderation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.HasErrorParameter;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.secretariat.moderation.ModerationQueue;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.ProfileTranslation;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.profiles.ProfileRevision;
import org.lastrada.portal.shared.profiles.ProfileRevisionRepository;
import org.lastrada.portal.shared.TestImages;
import org.lastrada.portal.shared.media.MediaImage;
import org.lastrada.portal.shared.media.MediaLibrary;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.workflow.ItemType;
import org.lastrada.portal.shared.workflow.ModerationEventRepository;
import org.lastrada.portal.shared.workflow.RevisionStatus;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Moderators review what waits, see what changes, and decide, with reasons and without stepping on each other. */
class ModerationViewsTest extends ViewTest {

    @Autowired AccountRepository accounts;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired PostSteps postSteps;
    @Autowired PostRepository posts;
    @Autowired ProfileRevisionRepository profileRevisions;
    @Autowired ModerationEventRepository moderationEvents;
    @Autowired Clock clock;
    @Autowired MediaLibrary media;

    private Actor moderator;
    private Actor editor;
    private MemberOrganisation czechia;

    @BeforeEach
    void people() {
        moderator = accounts.findByUsername("moderator").orElseThrow().asActor();
        editor = accounts.findByUsername("czech-republic.editor").orElseThrow().asActor();
        czechia = organisations.findBySlug("la-strada-czech-republic").orElseThrow();
    }

    @Test
    void queueListsSubmittedPostsAndProfileChangesOldestFirst() {
        Post submitted = submittedPost("Queue item " + UUID.randomUUID());
        ProfileRevision change = profileChange("Queue profile change");
        login(moderator);
        UI.getCurrent().navigate("workspace/moderation");
        ModerationQueueView queue = _get(ModerationQueueView.class);

        List<ModerationQueue.Item> items = queue.grid.getGenericDataView().getItems().toList();
        assertThat(items).extracting(ModerationQueue.Item::id).contains(submitted.getId(), change.getId());
        assertThat(items).isSortedAccordingTo((a, b) -> a.submittedAt().compareTo(b.submittedAt()));

        queue.kind.setValue(ModerationQueue.Kind.PROFILE_REVISION);
        assertThat(queue.grid.getGenericDataView().getItems().toList()).isNotEmpty()
                .allMatch(item -> item.kind() == ModerationQueue.Kind.PROFILE_REVISION);

        queue.kind.clear();
        queue.organisation.setValue(czechia);
        assertThat(queue.grid.getGenericDataView().getItems().toList()).isNotEmpty()
                .allMatch(item -> item.organisation().equals("La Strada Czech Republic"));
        queue.language.setValue("fr");
        assertThat(queue.grid.getGenericDataView().getItems().toList()).isEmpty();
    }

    @Test
    void profileChangeShowsChangedWordsAndApprovalMakesItLive() {
        ProfileRevision change = profileChange("We run a shelter in Prague.");
        login(moderator);
        UI.getCurrent().navigate("workspace/moderation/profile-change/" + change.getId());
        ReviewView review = _get(ReviewView.class);

        String diff = review.changes.getElement().getProperty("innerHTML");
        assertThat(diff).contains("Short description").contains("<ins>");
        _click(_get(Button.class, spec -> spec.withText("Approve")));

        assertThat(organisations.findById(czechia.getId()).orElseThrow().getProfile().getShortDescription())
                .isEqualTo("We run a shelter in Prague.");
        assertThat(profileRevisions.findById(change.getId()).orElseThrow().getStatus()).isEqualTo(RevisionStatus.APPROVED);
    }

    @Test
    void requestChangesNeedsACommentThenRecordsIt() {
        Post submitted = submittedPost("Needs a source " + UUID.randomUUID());
        login(moderator);
        UI.getCurrent().navigate("workspace/moderation/post/" + submitted.getId());
        ReviewView review = _get(ReviewView.class);

        _click(_get(Button.class, spec -> spec.withText("Request changes")));
        assertThat(review.comment.isInvalid()).isTrue();
        assertThat(posts.findById(submitted.getId()).orElseThrow().getStatus()).isEqualTo(PostStatus.SUBMITTED);

        review.comment.setValue("Please add the source of the figures.");
        _click(_get(Button.class, spec -> spec.withText("Request changes")));
        assertThat(posts.findById(submitted.getId()).orElseThrow().getStatus()).isEqualTo(PostStatus.CHANGES_REQUESTED);
        assertThat(moderationEvents.findByItemTypeAndItemIdOrderByOccurredAtAscIdAsc(ItemType.POST, submitted.getId()))
                .extracting(e -> e.getComment()).contains("Please add the source of the figures.");
    }

    @Test
    void theReviewShowsThePostsImagesAsThePublicWillSeeThemThoughTheyAreNotPublicYet() {
        MediaImage photo = runAs(editor, () -> media.describe(media.upload(czechia.getId(), "prague.jpg", TestImages.jpeg(1100, 600)).getId(),
                "Our counsellors in Prague", false));
        MediaImage chart = runAs(editor, () -> media.describe(media.upload(czechia.getId(), "chart.png", TestImages.png(500, 300, true)).getId(),
                "Calls by month", false));
        PostContent content = new PostContent(PostType.NEWS, "With pictures " + UUID.randomUUID(), "en");
        content.setFeaturedImage(photo.getKey());
        content.setBody("Figures of 2026.\n\n" + chart.asMarkdown());
        Post submitted = runAs(editor, () -> {
            Post draft = postSteps.createDraft(czechia.getId(), content, null);
            return postSteps.perform(draft.getId(), WorkflowAction.SUBMIT, null);
        });
        login(moderator);
        UI.getCurrent().navigate("workspace/moderation/post/" + submitted.getId());
        ReviewView review = _get(ReviewView.class);

        String html = review.rendered.getElement().getProperty("innerHTML");
        assertThat(html).contains("src=\"/workspace-media/" + photo.getKey() + "-960.jpg\"", "alt=\"Our counsellors in Prague\"",
                "src=\"/workspace-media/" + chart.getKey() + "-500.png\"").doesNotContain("src=\"/media/");
        assertThat(media.workspaceFile(photo.getKey(), 960)).as("the moderator may see it").isPresent();
    }

    @Test
    void rejectRecordsTheReason() {
        Post submitted = submittedPost("Off topic " + UUID.randomUUID());
        login(moderator);
        UI.getCurrent().navigate("workspace/moderation/post/" + submitted.getId());
        _get(ReviewView.class).comment.setValue("This is an advertisement, not news of the network.");
        _click(_get(Button.class, spec -> spec.withText("Reject")));
        assertThat(posts.findById(submitted.getId()).orElseThrow().getStatus()).isEqualTo(PostStatus.REJECTED);
    }

    @Test
    void secondModeratorIsToldWhoDecidedAndNothingChanges() {
        Post submitted = submittedPost("Decided twice " + UUID.randomUUID());
        login(moderator);
        UI.getCurrent().navigate("workspace/moderation/post/" + submitted.getId());
        ReviewView review = _get(ReviewView.class);

        Actor admin = accounts.findByUsername("admin").orElseThrow().asActor();
        runAs(admin, () -> postSteps.perform(submitted.getId(), WorkflowAction.APPROVE, null));
        login(moderator);

        review.comment.setValue("Not like this.");
        _click(_get(Button.class, spec -> spec.withText("Reject")));

        assertThat(review.outcome.getText()).startsWith("Already decided by " + admin.displayName() + " at ")
                .contains("(approved)").contains("Nothing was changed");
        assertThat(posts.findById(submitted.getId()).orElseThrow().getStatus()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void moderatorFindsAPublishedPostByItsAddressAndTakesItDownWithAReason() {
        Post submitted = submittedPost("To be taken down " + UUID.randomUUID());
        Post published = runAs(moderator, () -> postSteps.perform(submitted.getId(), WorkflowAction.APPROVE, null));
        login(moderator);
        UI.getCurrent().navigate("workspace/moderation");
        ModerationQueueView queue = _get(ModerationQueueView.class);
        queue.publishedPost.setValue("https://lastradainternational.org/news/no-such-post");
        _click(_get(Button.class, spec -> spec.withText("Open")));
        assertThat(queue.publishedPost.isInvalid()).isTrue();
        assertThat(queue.publishedPost.getErrorMessage()).contains("No published post");

        queue.publishedPost.setValue("https://lastradainternational.org/news/" + published.getSlug() + "?utm=mail");
        _click(_get(Button.class, spec -> spec.withText("Open")));
        ReviewView review = _get(ReviewView.class);
        assertThat(review.decisions.isVisible()).as("a published post is not decided again").isFalse();

        _click(_get(Button.class, spec -> spec.withText("Take down")));
        assertThat(review.takeDownReason.isInvalid()).isTrue();
        assertThat(posts.findById(published.getId()).orElseThrow().getStatus()).isEqualTo(PostStatus.PUBLISHED);

        review.takeDownReason.setValue("It names a person who asked not to be named.");
        _click(_get(Button.class, spec -> spec.withText("Take down")));
        assertThat(posts.findById(published.getId()).orElseThrow().getStatus()).isEqualTo(PostStatus.ARCHIVED);
        assertThat(moderationEvents.findByItemTypeAndItemIdOrderByOccurredAtAscIdAsc(ItemType.POST, published.getId()))
                .extracting(e -> e.getComment()).contains("It names a person who asked not to be named.");
    }

    @Test
    void theReviewOfATranslationShowsItsGroupAndTheQueueMarksTranslations() {
        Post original = submittedPost("Helpline report " + UUID.randomUUID());
        runAs(moderator, () -> postSteps.perform(original.getId(), WorkflowAction.APPROVE, null));
        Post czech = runAs(editor, () -> postSteps.perform(postSteps.translate(original.getId(), "cs", "Zpráva linky pomoci").getId(),
                WorkflowAction.SUBMIT, null));
        runAs(editor, () -> postSteps.translate(original.getId(), "uk", "Звіт гарячої лінії"));
        login(moderator);

        UI.getCurrent().navigate("workspace/moderation");
        ModerationQueueView queue = _get(ModerationQueueView.class);
        queue.language.setValue("cs");
        List<ModerationQueue.Item> waiting = queue.grid.getGenericDataView().getItems().toList();
        int row = waiting.stream().map(ModerationQueue.Item::id).toList().indexOf(czech.getId());
        assertThat(waiting.get(row).translation()).isTrue();
        assertThat(GridKt._getFormattedRow(queue.grid, row)).as("the language column").contains("Czech · translation");

        UI.getCurrent().navigate("workspace/moderation/post/" + czech.getId());
        TranslationGroupPanel group = _get(ReviewView.class).translations;
        assertThat(group.isVisible()).isTrue();
        assertThat(group.summary.getText()).isEqualTo("This post and its translations:");
        assertThat(group.members.getChildren().map(item -> item.getElement().getTextRecursively()).toList()).containsExactly(
                "English (en), published: " + original.getTitle() + " · the original",
                "Czech (cs), waiting for review: Zpráva linky pomoci · the one you are reviewing",
                "Ukrainian (uk), draft");
        assertThat(group.members.getChildren().findFirst().orElseThrow().getElement().getChild(0).getAttribute("href"))
                .as("the original, to open its review").isEqualTo("workspace/moderation/post/" + original.getId());
    }

    @Test
    void aPostFromAMembersWebsiteIsMarkedInTheQueueAndItsReviewLinksTheOriginal() {
        PostContent content = new PostContent(PostType.NEWS, "Nová linka pomoci " + UUID.randomUUID(), "cs");
        content.setBody("Spouštíme novou linku pomoci.");
        Post fromWebsite = postSteps.submittedFromWebsite(czechia.getId(), content, "https://www.strada.cz/novinky/42");
        Post writtenHere = submittedPost("Written here " + UUID.randomUUID());
        login(moderator);

        UI.getCurrent().navigate("workspace/moderation");
        ModerationQueueView queue = _get(ModerationQueueView.class);
        List<ModerationQueue.Item> waiting = queue.grid.getGenericDataView().getItems().toList();
        int row = waiting.stream().map(ModerationQueue.Item::id).toList().indexOf(fromWebsite.getId());
        assertThat(waiting.get(row).fromWebsite()).isTrue();
        assertThat(GridKt._getFormattedRow(queue.grid, row)).contains("www.strada.cz · From the member’s website");
        assertThat(waiting).filteredOn(item -> !item.id().equals(fromWebsite.getId()) || item.kind() != ModerationQueue.Kind.POST)
                .noneMatch(ModerationQueue.Item::fromWebsite);

        UI.getCurrent().navigate("workspace/moderation/post/" + fromWebsite.getId());
        ReviewView review = _get(ReviewView.class);
        assertThat(review.source.isVisible()).isTrue();
        assertThat(review.source.getElement().getTextRecursively()).isEqualTo("From the member’s website · Original on the website (www.strada.cz)");
        assertThat(review.source.getChildren().filter(c -> c instanceof com.vaadin.flow.component.html.Anchor)
                .map(c -> ((com.vaadin.flow.component.html.Anchor) c).getHref())).containsExactly("https://www.strada.cz/novinky/42");

        UI.getCurrent().navigate("workspace/moderation/post/" + writtenHere.getId());
        assertThat(_get(ReviewView.class).source.isVisible()).as("a post written in the portal").isFalse();
    }

    @Test
    void theReviewOfAProfileTranslationNamesItsLanguage() {
        profileRevisions.findByOpenForOrganisationIdAndLanguage(czechia.getId(), "cs").ifPresent(profileRevisions::delete);
        ProfileRevision change = profileRevisions.save(new ProfileRevision(czechia, "cs", new ProfileTranslation("La Strada Česká republika",
                "Praha", "Pomáháme lidem zasaženým obchodem s lidmi.", null, Set.of()), editor, clock.instant()));
        login(moderator);
        UI.getCurrent().navigate("workspace/moderation/profile-change/" + change.getId());
        ReviewView review = _get(ReviewView.class);

        assertThat(review.translations.summary.getText()).startsWith("This change is of the profile in Czech.");
        assertThat(review.changes.getElement().getProperty("innerHTML")).contains("<ins>Praha</ins>").contains("Pomáháme")
                .as("what a translation does not change, and the English text it leaves in place")
                .contains("Unchanged: About us, Website, Public e-mail, Phone, Helpline, Services, Who we work with, Languages, Logo.");
        _click(_get(Button.class, spec -> spec.withText("Approve")));
        assertThat(organisations.findWithTranslationsBySlug(czechia.getSlug()).orElseThrow().profileIn("cs").profile().getCity())
                .isEqualTo("Praha");
    }

    @Test
    void memberStaffCannotOpenTheReviewScreen() {
        Post submitted = submittedPost("Not for editors " + UUID.randomUUID());
        login(editor);
        UI.getCurrent().navigate("workspace/moderation/post/" + submitted.getId());
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(HasErrorParameter.class);
        assertNavigationDenied();
    }

    private Post submittedPost(String title) {
        PostContent content = new PostContent(PostType.NEWS, title, "en");
        content.setBody("Figures of 2026.");
        return runAs(editor, () -> {
            Post draft = postSteps.createDraft(czechia.getId(), content, null);
            return postSteps.perform(draft.getId(), WorkflowAction.SUBMIT, null);
        });
    }

    /** The editor's proposal, submitted as members-module saves one (that module is not a dependency of this one). */
    private ProfileRevision profileChange(String description) {
        profileRevisions.findByOpenForOrganisationId(czechia.getId()).ifPresent(profileRevisions::delete);
        OrganisationProfile proposed = organisations.findById(czechia.getId()).orElseThrow().getProfile().copy();
        proposed.setShortDescription(description);
        return profileRevisions.save(new ProfileRevision(czechia, proposed, editor, clock.instant()));
    }

    private static <T> T runAs(Actor actor, java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                List.of(new SimpleGrantedAuthority(actor.role().authority()))));
        return action.get();
    }
}
