package org.lastrada.portal.secretariat.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.SecretariatTestApplication;
import org.lastrada.portal.secretariat.moderation.ModerationQueue.Kind;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.audit.AuditEventRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.ProfileTranslation;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.profiles.ProfileRevision;
import org.lastrada.portal.shared.profiles.ProfileRevisionRepository;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.ItemType;
import org.lastrada.portal.shared.workflow.ModerationEventRepository;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The secretariat's decisions on a real database: recorded, refused when stale, and never taken by member staff. */
@Tag("database")
@SpringBootTest(classes = SecretariatTestApplication.class)
class ModerationTest {

    private static final Actor MODERATOR = Fixtures.actor(Role.MODERATOR, null);

    @Autowired Moderation moderation;
    @Autowired PostSteps postSteps;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired PostRepository posts;
    @Autowired ProfileRevisionRepository profileRevisions;
    @Autowired ModerationEventRepository moderationEvents;
    @Autowired AuditEventRepository auditEvents;
    @Autowired TransactionTemplate transaction;

    private MemberOrganisation member;
    private Actor editor;

    @BeforeEach
    void newMemberWithEditor() {
        member = Fixtures.newMember(organisations);
        editor = Fixtures.actor(Role.EDITOR, member.getId());
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void decisionsAreRecordedInModerationHistoryAndAuditLog() {
        Post post = submitted("Helpline figures for 2026");
        Fixtures.signIn(MODERATOR);
        moderation.decide(Kind.POST, post.getId(), current(post).getVersion(), WorkflowAction.REQUEST_CHANGES,
                "Please add the source of the figures.");
        Fixtures.signIn(editor);
        postSteps.perform(post.getId(), WorkflowAction.RESUBMIT, null);
        Fixtures.signIn(MODERATOR);
        moderation.decide(Kind.POST, post.getId(), current(post).getVersion(), WorkflowAction.APPROVE, null);

        assertThat(current(post).getStatus()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(moderationEvents.findByItemTypeAndItemIdOrderByOccurredAtAscIdAsc(ItemType.POST, post.getId()))
                .extracting(e -> e.getAction() + ":" + e.getToState() + ":" + e.getComment())
                .containsExactly("SUBMIT:SUBMITTED:null", "REQUEST_CHANGES:CHANGES_REQUESTED:Please add the source of the figures.",
                        "RESUBMIT:SUBMITTED:null", "APPROVE:PUBLISHED:null");
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAtAsc("post", post.getSlug()))
                .extracting(e -> e.getAction())
                .containsExactly("post.submit", "post.request_changes", "post.resubmit", "post.approve");
    }

    @Test
    void aDecisionOnAVersionThatChangedIsRefusedAndChangesNothing() {
        Post post = submitted("Decided twice");
        long seen = current(post).getVersion();
        Fixtures.signIn(MODERATOR);
        moderation.decide(Kind.POST, post.getId(), seen, WorkflowAction.APPROVE, null);

        assertThatThrownBy(() -> moderation.decide(Kind.POST, post.getId(), seen, WorkflowAction.REJECT, "Not like this."))
                .isInstanceOf(Moderation.AlreadyDecidedException.class).hasMessageContaining("Already decided by");
        assertThat(current(post).getStatus()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void requestChangesWithoutACommentIsRefusedOnTheCommentField() {
        Post post = submitted("Needs a reason");
        Fixtures.signIn(MODERATOR);
        assertThatThrownBy(() -> moderation.decide(Kind.POST, post.getId(), current(post).getVersion(), WorkflowAction.REQUEST_CHANGES, " "))
                .isInstanceOf(InvalidInputException.class);
        assertThat(current(post).getStatus()).isEqualTo(PostStatus.SUBMITTED);
    }

    @Test
    void memberStaffCannotDecideNorTakeDownAndNothingChanges() {
        Post post = submitted("Not for editors");
        Fixtures.signIn(Fixtures.actor(Role.ORG_ADMIN, member.getId()));
        assertThatThrownBy(() -> moderation.decide(Kind.POST, post.getId(), current(post).getVersion(), WorkflowAction.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.takeDown(post.getId(), current(post).getVersion(), "No."))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(current(post).getStatus()).isEqualTo(PostStatus.SUBMITTED);
    }

    @Test
    void aPublishedPostIsFoundByItsAddressAndTakenDownWithAReason() {
        Post post = submitted("Names a person");
        Fixtures.signIn(MODERATOR);
        moderation.decide(Kind.POST, post.getId(), current(post).getVersion(), WorkflowAction.APPROVE, null);

        assertThat(moderation.findPublished("https://lastradainternational.org/news/" + post.getSlug() + "/?x=1").getId())
                .isEqualTo(post.getId());
        assertThatThrownBy(() -> moderation.findPublished("  ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> moderation.takeDown(post.getId(), current(post).getVersion(), ""))
                .isInstanceOf(InvalidInputException.class);
        assertThat(current(post).getStatus()).isEqualTo(PostStatus.PUBLISHED);

        moderation.takeDown(post.getId(), current(post).getVersion(), "It names a person who asked not to be named.");
        assertThat(current(post).getStatus()).isEqualTo(PostStatus.ARCHIVED);
        assertThatThrownBy(() -> moderation.findPublished(post.getSlug())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void approvedProfileChangeReplacesTheLiveProfile() {
        OrganisationProfile proposed = member.getProfile().copy();
        proposed.setShortDescription("We now also run a shelter.");
        proposed.setServices(Set.of(ServiceArea.HELPLINE, ServiceArea.SHELTER));
        ProfileRevision revision = profileRevisions.save(new ProfileRevision(member, proposed, editor, Fixtures.NOW));

        Fixtures.signIn(MODERATOR);
        moderation.decide(Kind.PROFILE_REVISION, revision.getId(), revision.getVersion(), WorkflowAction.APPROVE, null);

        MemberOrganisation live = transaction.execute(s -> organisations.findBySlug(member.getSlug()).orElseThrow());
        assertThat(live.getProfile().getShortDescription()).isEqualTo("We now also run a shelter.");
        assertThat(live.getProfile().getServices()).containsExactlyInAnyOrder(ServiceArea.HELPLINE, ServiceArea.SHELTER);
        assertThat(profileRevisions.findByOpenForOrganisationId(member.getId())).isEmpty();
    }

    @Test
    void aProfileTranslationIsReviewedAgainstTheCurrentTranslationAndApprovedIntoIt() {
        ProfileRevision revision = profileRevisions.save(new ProfileRevision(member, "uk",
                new ProfileTranslation("Ла Страда Тест", "Варшава", "Протидіє торгівлі людьми.", null, Set.of()), editor, Fixtures.NOW));

        Fixtures.signIn(MODERATOR);
        Moderation.Review review = moderation.review(Kind.PROFILE_REVISION, revision.getId());
        assertThat(review.profileRevision().liveVersion().getName()).as("no Ukrainian profile yet: the English one")
                .isEqualTo("La Strada Test");
        assertThat(review.profileRevision().proposedVersion().getName()).isEqualTo("Ла Страда Тест");
        assertThat(review.profileRevision().proposedVersion().getPublicEmail()).as("not the translation's to change")
                .isEqualTo(review.profileRevision().liveVersion().getPublicEmail());
        moderation.decide(Kind.PROFILE_REVISION, revision.getId(), review.version(), WorkflowAction.APPROVE, null);

        MemberOrganisation live = organisations.findWithTranslationsBySlug(member.getSlug()).orElseThrow();
        assertThat(live.profileIn("uk").profile().getShortDescription()).isEqualTo("Протидіє торгівлі людьми.");
        assertThat(live.getProfile().getName()).as("the English profile").isEqualTo("La Strada Test");
        assertThat(moderationEvents.findByItemTypeAndItemIdOrderByOccurredAtAscIdAsc(ItemType.PROFILE_REVISION, revision.getId()))
                .extracting(e -> e.getAction() + ":" + e.getToState()).containsExactly("APPROVE:APPROVED");
    }

    private Post submitted(String title) {
        Fixtures.signIn(editor);
        Post draft = postSteps.createDraft(member.getId(), Fixtures.content(title), null);
        return postSteps.perform(draft.getId(), WorkflowAction.SUBMIT, null);
    }

    private Post current(Post post) {
        return posts.findById(post.getId()).orElseThrow();
    }
}
