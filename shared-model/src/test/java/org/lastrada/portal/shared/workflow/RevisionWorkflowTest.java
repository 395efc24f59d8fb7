package org.lastrada.portal.shared.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lastrada.portal.shared.Fixtures.NOW;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.OrganisationKind;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostRevision;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.profiles.ProfileRevision;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.ReflectionTestUtils;

/** Every cell of the revision table (profile changes and changes of published posts). */
class RevisionWorkflowTest {

    private static final String[] ALLOWED = {
            "DRAFT SUBMIT -> SUBMITTED",
            "DRAFT DISCARD -> DISCARDED",
            "SUBMITTED WITHDRAW -> DRAFT",
            "SUBMITTED APPROVE -> APPROVED",
            "SUBMITTED REQUEST_CHANGES -> CHANGES_REQUESTED",
            "SUBMITTED REJECT -> REJECTED",
            "CHANGES_REQUESTED RESUBMIT -> SUBMITTED",
            "CHANGES_REQUESTED DISCARD -> DISCARDED",
    };

    private static final Actor EDITOR = Fixtures.actor(Role.EDITOR, 1L);
    private static final Actor OTHER_ORG_ADMIN = Fixtures.actor(Role.ORG_ADMIN, 2L);
    private static final Actor MODERATOR = Fixtures.actor(Role.MODERATOR, null);

    static Stream<Arguments> everyCell() {
        Map<String, RevisionStatus> allowed = new HashMap<>();
        for (String row : ALLOWED) {
            String[] parts = row.split(" ");
            allowed.put(parts[0] + " " + parts[1], RevisionStatus.valueOf(parts[3]));
        }
        return Arrays.stream(RevisionStatus.values()).flatMap(from -> Arrays.stream(WorkflowAction.values())
                // Direct publishing and taking down concern posts, never revisions: refused like any other missing cell.
                .map(action -> Arguments.of(from, action, allowed.get(from + " " + action))));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("everyCell")
    void everyCellOfTheTableMovesOrIsRefused(RevisionStatus from, WorkflowAction action, RevisionStatus expected) {
        MemberOrganisation organisation = Fixtures.organisation(action == WorkflowAction.PUBLISH_DIRECTLY ? 3 : 1,
                action == WorkflowAction.PUBLISH_DIRECTLY ? OrganisationKind.SECRETARIAT : OrganisationKind.MEMBER);
        ProfileRevision revision = revision(organisation, from);
        Actor actor = action.isModeration() ? MODERATOR : EDITOR;
        String comment = action.isCommentRequired() ? "Please check the website address." : null;

        if (expected != null) {
            ModerationEvent event = revision.perform(action, actor, comment, NOW);
            assertThat(revision.getStatus()).isEqualTo(expected);
            assertThat(event.getItemType()).isEqualTo(ItemType.PROFILE_REVISION);
            assertThat(event.getFromState()).isEqualTo(from.name());
            assertThat(event.getToState()).isEqualTo(expected.name());
        } else {
            assertThatThrownBy(() -> revision.perform(action, actor, comment, NOW))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageContaining("The profile change of " + organisation.getName() + " is " + from.name().toLowerCase().replace('_', ' '))
                    .hasMessageContaining("cannot be");
            assertThat(revision.getStatus()).isEqualTo(from);
        }
    }

    @Test
    void tableHasExactlyTheListedTransitions() {
        long allowedCells = Arrays.stream(RevisionStatus.values())
                .mapToLong(state -> RevisionStatus.TRANSITIONS.allowedActions(state).size()).sum();
        assertThat(allowedCells).isEqualTo(ALLOWED.length);
    }

    @Test
    void liveProfileChangesOnlyWhenTheRevisionIsApproved() {
        MemberOrganisation organisation = Fixtures.organisation(1, OrganisationKind.MEMBER);
        OrganisationProfile proposed = organisation.getProfile().copy();
        proposed.setShortDescription("A new description.");
        ProfileRevision revision = new ProfileRevision(organisation, proposed, EDITOR, NOW);

        revision.perform(WorkflowAction.REQUEST_CHANGES, MODERATOR, "Shorter, please.", NOW);
        assertThat(organisation.getProfile().getShortDescription()).isEqualTo("Works against trafficking in human beings.");
        assertThat(revision.getDecisionComment()).isEqualTo("Shorter, please.");
        assertThat(revision.getDecidedBy()).isEqualTo(MODERATOR.displayName());

        revision.perform(WorkflowAction.RESUBMIT, EDITOR, null, NOW);
        revision.perform(WorkflowAction.APPROVE, MODERATOR, null, NOW);
        assertThat(organisation.getProfile().getShortDescription()).isEqualTo("A new description.");
        assertThat(ReflectionTestUtils.getField(revision, "openForOrganisationId")).isNull();
    }

    @Test
    void rejectNeedsAReasonAndChangesNothingWithoutOne() {
        ProfileRevision revision = revision(Fixtures.organisation(1, OrganisationKind.MEMBER), RevisionStatus.SUBMITTED);
        assertThatThrownBy(() -> revision.perform(WorkflowAction.REJECT, MODERATOR, " ", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(revision.getStatus()).isEqualTo(RevisionStatus.SUBMITTED);
        assertThat(revision.getDecidedBy()).isNull();
    }

    @Test
    void anotherOrganisationsAdminCannotWithdrawTheRevision() {
        ProfileRevision revision = revision(Fixtures.organisation(1, OrganisationKind.MEMBER), RevisionStatus.SUBMITTED);
        assertThatThrownBy(() -> revision.perform(WorkflowAction.WITHDRAW, OTHER_ORG_ADMIN, null, NOW))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(revision.getStatus()).isEqualTo(RevisionStatus.SUBMITTED);
    }

    @Test
    void approvedPostRevisionReplacesTheLiveTextWhichStaysUntilThen() {
        MemberOrganisation organisation = Fixtures.organisation(1, OrganisationKind.MEMBER);
        Post post = new Post(organisation, EDITOR, "live-post", Fixtures.content("Live title"), NOW);
        ReflectionTestUtils.setField(post, "status", PostStatus.PUBLISHED);
        PostContent changed = post.getContent().copy();
        changed.setTitle("Corrected title");

        PostRevision revision = new PostRevision(post, changed, EDITOR, NOW);
        revision.perform(WorkflowAction.SUBMIT, EDITOR, null, NOW);
        assertThat(post.getTitle()).isEqualTo("Live title");

        revision.perform(WorkflowAction.APPROVE, MODERATOR, null, NOW);
        assertThat(post.getTitle()).isEqualTo("Corrected title");
        assertThat(post.getStatus()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void onlyAPublishedPostGetsARevision() {
        Post draft = new Post(Fixtures.organisation(1, OrganisationKind.MEMBER), EDITOR, "a-draft", Fixtures.content("Draft"), NOW);
        assertThatThrownBy(() -> new PostRevision(draft, draft.getContent(), EDITOR, NOW))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("is draft");
    }

    private static ProfileRevision revision(MemberOrganisation organisation, RevisionStatus status) {
        ProfileRevision revision = new ProfileRevision(organisation, organisation.getProfile(), EDITOR, NOW);
        ReflectionTestUtils.setField(revision, "status", status);
        return revision;
    }
}
