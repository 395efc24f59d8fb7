package org.lastrada.portal.shared.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lastrada.portal.shared.Fixtures.NOW;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
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
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.ReflectionTestUtils;

/** Every cell of the post workflow table: allowed steps move and are recorded, all others are refused. */
class PostWorkflowTest {

    /** The expected table, written out: "FROM ACTION -> TO". Every pair not listed must be refused. */
    private static final String[] ALLOWED = {
            "DRAFT SUBMIT -> SUBMITTED",
            "DRAFT PUBLISH_DIRECTLY -> PUBLISHED",
            "SUBMITTED WITHDRAW -> DRAFT",
            "SUBMITTED APPROVE -> PUBLISHED",
            "SUBMITTED REQUEST_CHANGES -> CHANGES_REQUESTED",
            "SUBMITTED REJECT -> REJECTED",
            "CHANGES_REQUESTED RESUBMIT -> SUBMITTED",
            "PUBLISHED ARCHIVE -> ARCHIVED",
            "PUBLISHED TAKE_DOWN -> ARCHIVED",
    };

    private static final MemberOrganisation MEMBER = Fixtures.organisation(1, OrganisationKind.MEMBER);
    private static final MemberOrganisation OTHER_MEMBER = Fixtures.organisation(2, OrganisationKind.MEMBER);
    private static final MemberOrganisation SECRETARIAT = Fixtures.organisation(3, OrganisationKind.SECRETARIAT);
    private static final Actor EDITOR = Fixtures.actor(Role.EDITOR, 1L);
    private static final Actor OTHER_EDITOR = Fixtures.actor(Role.EDITOR, 2L);
    private static final Actor MODERATOR = Fixtures.actor(Role.MODERATOR, null);

    static Stream<Arguments> everyCell() {
        Map<String, PostStatus> allowed = new HashMap<>();
        for (String row : ALLOWED) {
            String[] parts = row.split(" ");
            allowed.put(parts[0] + " " + parts[1], PostStatus.valueOf(parts[3]));
        }
        return Arrays.stream(PostStatus.values()).flatMap(from -> Arrays.stream(WorkflowAction.values())
                .map(action -> Arguments.of(from, action, allowed.get(from + " " + action))));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("everyCell")
    void everyCellOfTheTableMovesOrIsRefused(PostStatus from, WorkflowAction action, PostStatus expected) {
        // Direct publishing is only for the secretariat's own posts; everything else is tried on a member's post.
        boolean secretariatPost = action == WorkflowAction.PUBLISH_DIRECTLY;
        Post post = post(secretariatPost ? SECRETARIAT : MEMBER, from);
        Actor actor = action.isModeration() ? MODERATOR : EDITOR;
        String comment = action.isCommentRequired() ? "Please add the date." : null;

        if (expected != null) {
            ModerationEvent event = post.perform(action, actor, comment, NOW);
            assertThat(post.getStatus()).isEqualTo(expected);
            assertThat(event.getAction()).isEqualTo(action);
            assertThat(event.getFromState()).isEqualTo(from.name());
            assertThat(event.getToState()).isEqualTo(expected.name());
            assertThat(event.getActorName()).isEqualTo(actor.displayName());
            assertThat(event.getOccurredAt()).isEqualTo(NOW);
            assertThat(event.getComment()).isEqualTo(comment);
        } else {
            assertThatThrownBy(() -> post.perform(action, actor, comment, NOW))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageContaining("“" + post.getTitle() + "”").hasMessageNotContaining(post.getSlug())
                    .hasMessageContaining(" is " + from.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .hasMessageContaining("cannot be");
            assertThat(post.getStatus()).isEqualTo(from);
        }
    }

    @Test
    void tableHasExactlyTheListedTransitions() {
        long allowedCells = Arrays.stream(PostStatus.values())
                .mapToLong(state -> PostStatus.TRANSITIONS.allowedActions(state).size()).sum();
        assertThat(allowedCells).isEqualTo(ALLOWED.length);
    }

    @Test
    void refusalNamesTheAttemptedActionAndWhereItIsAllowed() {
        Post post = post(MEMBER, PostStatus.PUBLISHED);
        assertThatThrownBy(() -> post.perform(WorkflowAction.SUBMIT, EDITOR, null, NOW))
                .hasMessage("The post “" + post.getTitle() + "” is published: it cannot be submitted (only when draft).");
    }

    @ParameterizedTest
    @MethodSource("commentedActions")
    void requestChangesRejectAndTakeDownNeedANonBlankComment(WorkflowAction action, PostStatus from) {
        for (String blank : new String[] {null, "", "   \n"}) {
            Post post = post(MEMBER, from);
            assertThatThrownBy(() -> post.perform(action, MODERATOR, blank, NOW))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("comment is required")
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("comment");
            assertThat(post.getStatus()).isEqualTo(from);
        }
    }

    static Stream<Arguments> commentedActions() {
        return Stream.of(Arguments.of(WorkflowAction.REQUEST_CHANGES, PostStatus.SUBMITTED),
                Arguments.of(WorkflowAction.REJECT, PostStatus.SUBMITTED),
                Arguments.of(WorkflowAction.TAKE_DOWN, PostStatus.PUBLISHED));
    }

    @Test
    void editorCannotApproveOwnPost() {
        Post post = post(MEMBER, PostStatus.SUBMITTED);
        assertThatThrownBy(() -> post.perform(WorkflowAction.APPROVE, EDITOR, null, NOW)).isInstanceOf(AccessDeniedException.class);
        assertThat(post.getStatus()).isEqualTo(PostStatus.SUBMITTED);
    }

    @Test
    void editorCannotSubmitAnotherOrganisationsPost() {
        Post post = post(MEMBER, PostStatus.DRAFT);
        assertThatThrownBy(() -> post.perform(WorkflowAction.SUBMIT, OTHER_EDITOR, null, NOW)).isInstanceOf(AccessDeniedException.class);
        assertThat(post.getStatus()).isEqualTo(PostStatus.DRAFT);
    }

    @Test
    void moderatorCannotPublishAMembersPostDirectly() {
        Post post = post(OTHER_MEMBER, PostStatus.DRAFT);
        assertThatThrownBy(() -> post.perform(WorkflowAction.PUBLISH_DIRECTLY, MODERATOR, null, NOW))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(post.getStatus()).isEqualTo(PostStatus.DRAFT);
    }

    @Test
    void moderatorWritesAndSubmitsTheSecretariatsOwnPosts() {
        Post post = post(SECRETARIAT, PostStatus.DRAFT);
        post.perform(WorkflowAction.SUBMIT, MODERATOR, null, NOW);
        assertThat(post.getStatus()).isEqualTo(PostStatus.SUBMITTED);
    }

    @Test
    void approvedPostWithFuturePublishAtBecomesPublicOnlyFromThatMoment() {
        Post post = post(MEMBER, PostStatus.SUBMITTED);
        post.setPublishAt(NOW.plus(Duration.ofDays(2)));
        post.perform(WorkflowAction.APPROVE, MODERATOR, null, NOW);

        assertThat(post.getStatus()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(post.isPublicAt(NOW)).isFalse();
        assertThat(post.isPublicAt(NOW.plus(Duration.ofDays(2)))).isTrue();
    }

    @Test
    void approvedPostWithoutPublishAtIsPublicAtOnce() {
        Post post = post(MEMBER, PostStatus.SUBMITTED);
        post.perform(WorkflowAction.APPROVE, MODERATOR, null, NOW);
        assertThat(post.isPublicAt(NOW)).isTrue();
        assertThat(post.getPublishedAt()).isEqualTo(NOW);
    }

    private static Post post(MemberOrganisation organisation, PostStatus status) {
        Post post = new Post(organisation, organisation.isSecretariat() ? MODERATOR : EDITOR,
                "post-from-" + status.name().toLowerCase().replace('_', '-'), Fixtures.content("A post"), NOW);
        ReflectionTestUtils.setField(post, "status", status);
        return post;
    }
}
