package org.lastrada.portal.members.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.MembersTestApplication;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.audit.AuditEventRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.ItemType;
import org.lastrada.portal.shared.workflow.ModerationEventRepository;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Member staff write and submit their own organisation's posts, on a real database; nothing else is theirs to touch. */
@Tag("database")
@SpringBootTest(classes = MembersTestApplication.class)
class PostAuthoringTest {

    @Autowired PostAuthoring authoring;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired PostRepository posts;
    @Autowired ModerationEventRepository moderationEvents;
    @Autowired AuditEventRepository auditEvents;

    private MemberOrganisation member;
    private Actor editor;

    @BeforeEach
    void newMemberWithEditor() {
        member = Fixtures.newMember(organisations);
        editor = Fixtures.signIn(Fixtures.actor(Role.EDITOR, member.getId()));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void titleOverItsLimitIsRefusedAndNoPostIsWritten() {
        assertThatThrownBy(() -> authoring.createDraft(member.getId(), Fixtures.content("x".repeat(201)), null))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("title: size must be between 0 and 200");
        assertThat(posts.countByOrganisationId(member.getId())).isZero();
    }

    @Test
    void eventWithoutStartOrPlaceIsRefusedOnThoseFields() {
        PostContent event = Fixtures.content("Round table");
        event.setType(PostType.EVENT);
        assertThatThrownBy(() -> authoring.createDraft(member.getId(), event, null))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("eventStart: is required for events")
                .hasMessageContaining("eventLocation: is required for events");
        assertThat(posts.countByOrganisationId(member.getId())).isZero();
    }

    @Test
    void anEventsTimeZoneMustBeOneThatExistsAndDefaultsToTheOrganisationsCountry() {
        PostContent event = Fixtures.content("Conference");
        event.setType(PostType.EVENT);
        event.setEventStart(LocalDateTime.of(2027, 3, 1, 9, 0));
        event.setEventLocation("Warsaw");
        event.setEventTimeZone("Europe/Atlantis");
        assertThatThrownBy(() -> authoring.createDraft(member.getId(), event, null))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("eventTimeZone: must be a time zone");
        assertThat(posts.countByOrganisationId(member.getId())).isZero();

        event.setEventTimeZone(null);
        Post post = authoring.createDraft(member.getId(), event, null);
        assertThat(post.eventTimeZone()).as("the member is in Poland").hasToString("Europe/Warsaw");
    }

    @Test
    void draftSubmittedAndWithdrawnIsRecordedInModerationHistoryAndAuditLog() {
        Post post = authoring.createDraft(member.getId(), Fixtures.content("Helpline figures for 2026"), null);
        assertThat(post.getSlug()).isEqualTo("helpline-figures-for-2026");
        authoring.perform(post.getId(), WorkflowAction.SUBMIT, null);
        authoring.perform(post.getId(), WorkflowAction.WITHDRAW, null);

        assertThat(posts.findById(post.getId()).orElseThrow().getStatus()).isEqualTo(PostStatus.DRAFT);
        assertThat(moderationEvents.findByItemTypeAndItemIdOrderByOccurredAtAscIdAsc(ItemType.POST, post.getId()))
                .extracting(e -> e.getAction() + ":" + e.getToState())
                .containsExactly("SUBMIT:SUBMITTED", "WITHDRAW:DRAFT");
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAtAsc("post", post.getSlug()))
                .extracting(e -> e.getAction())
                .containsExactly("post.create", "post.submit", "post.withdraw");
    }

    @Test
    void aSecondPostWithTheSameTitleGetsItsOwnAddress() {
        Post first = authoring.createDraft(member.getId(), Fixtures.content("Annual report " + member.getSlug()), null);
        Post second = authoring.createDraft(member.getId(), Fixtures.content("Annual report " + member.getSlug()), null);
        assertThat(second.getSlug()).isEqualTo(first.getSlug() + "-2");
    }

    @Test
    void moderationDecisionsAreNotAnAuthorsStepEvenForTheSecretariatsOwnPosts() {
        Post post = authoring.createDraft(member.getId(), Fixtures.content("Waiting for a decision"), null);
        authoring.perform(post.getId(), WorkflowAction.SUBMIT, null);
        Fixtures.signIn(Fixtures.actor(Role.MODERATOR, null));

        for (WorkflowAction decision : new WorkflowAction[] {WorkflowAction.APPROVE, WorkflowAction.REJECT, WorkflowAction.TAKE_DOWN}) {
            assertThatThrownBy(() -> authoring.perform(post.getId(), decision, "reason"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("moderation queue");
        }
        assertThat(posts.findById(post.getId()).orElseThrow().getStatus()).isEqualTo(PostStatus.SUBMITTED);
    }

    @Test
    void editorOfAnotherOrganisationCannotReadOrSubmitTheDraftAndNothingChanges() {
        Post post = authoring.createDraft(member.getId(), Fixtures.content("Internal draft"), null);
        Fixtures.signIn(Fixtures.actor(Role.EDITOR, member.getId() + 100_000));

        assertThatThrownBy(() -> authoring.read(post.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.perform(post.getId(), WorkflowAction.SUBMIT, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.edit(post.getId(), post.getVersion(), Fixtures.content("Changed"), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.createDraft(member.getId(), Fixtures.content("Intruder"), null))
                .isInstanceOf(AccessDeniedException.class);

        Post unchanged = posts.findById(post.getId()).orElseThrow();
        assertThat(unchanged.getStatus()).isEqualTo(PostStatus.DRAFT);
        assertThat(unchanged.getVersion()).isEqualTo(post.getVersion());
        assertThat(unchanged.getTitle()).isEqualTo("Internal draft");
        assertThat(posts.countByOrganisationId(member.getId())).isEqualTo(1);
        assertThat(editor.organisationId()).isEqualTo(member.getId());
    }
}
