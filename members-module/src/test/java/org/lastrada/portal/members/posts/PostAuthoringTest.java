package org.lastrada.portal.members.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.MembersTestApplication;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.audit.AuditEventRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.posts.EventKind;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.posts.TranslationGroupMember;
import org.lastrada.portal.shared.organisations.OrganisationKind;
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
    @Autowired PostSteps steps;

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
                .hasMessageContaining("eventLocation: is required for events unless they have a link to join online");
        assertThat(posts.countByOrganisationId(member.getId())).isZero();
    }

    @Test
    void anEventHeldOnlineOnlyNeedsAWebLinkAndNoPlaceAndKeepsItsKind() {
        PostContent webinar = Fixtures.content("Webinar on labour exploitation");
        webinar.setType(PostType.EVENT);
        webinar.setEventStart(LocalDateTime.of(2027, 3, 1, 9, 0));
        webinar.setEventKind(EventKind.WEBINAR);
        for (String notAWebAddress : new String[] {"javascript:alert(1)", "meet.example.org/x", "https://meet example.org"}) {
            webinar.setEventOnlineUrl(notAWebAddress);
            assertThatThrownBy(() -> authoring.createDraft(member.getId(), webinar, null)).as(notAWebAddress)
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("eventOnlineUrl: must be a web address starting with http:// or https://");
        }
        assertThat(posts.countByOrganisationId(member.getId())).isZero();

        webinar.setEventOnlineUrl("https://meet.example.org/labour-exploitation");
        Post post = authoring.createDraft(member.getId(), webinar, null);
        Post stored = posts.findById(post.getId()).orElseThrow();
        assertThat(stored.getContent().getEventLocation()).isNull();
        assertThat(stored.getContent().getEventOnlineUrl()).isEqualTo("https://meet.example.org/labour-exploitation");
        assertThat(stored.getContent().getEventKind()).isEqualTo(EventKind.WEBINAR);
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
    void aStepRefusedAfterTheSaveLeavesNothingWrittenSoSavingAgainMakesOnePost() {
        long before = posts.count();
        long auditBefore = auditEvents.count();
        // A member may not publish directly: refused by the workflow, after the new post was written in the transaction.
        assertThatThrownBy(() -> authoring.save(null, 0, Fixtures.content("Helpline report"), null, WorkflowAction.PUBLISH_DIRECTLY))
                .isInstanceOf(RuntimeException.class);
        assertThat(posts.count()).as("no draft left behind").isEqualTo(before);
        assertThat(auditEvents.count()).as("nor its audit row").isEqualTo(auditBefore);

        Post submitted = authoring.save(null, 0, Fixtures.content("Helpline report"), null, WorkflowAction.SUBMIT);
        assertThat(posts.count()).isEqualTo(before + 1);
        assertThat(submitted.getStatus()).isEqualTo(PostStatus.SUBMITTED);
        assertThat(moderationEvents.findByItemTypeAndItemIdOrderByOccurredAtAscIdAsc(ItemType.POST, submitted.getId())).hasSize(1);

        // A draft changed and its step refused: the draft keeps its text and version, so saving again is not a conflict.
        Post draft = authoring.save(null, 0, Fixtures.content("Shelter figures"), null, null);
        assertThatThrownBy(() -> authoring.save(draft.getId(), draft.getVersion(), Fixtures.content("Shelter figures 2026"), null,
                WorkflowAction.PUBLISH_DIRECTLY)).isInstanceOf(RuntimeException.class);
        Post unchanged = posts.findById(draft.getId()).orElseThrow();
        assertThat(unchanged.getContent().getTitle()).isEqualTo("Shelter figures");
        assertThat(unchanged.getVersion()).isEqualTo(draft.getVersion());
        assertThat(authoring.save(draft.getId(), draft.getVersion(), Fixtures.content("Shelter figures 2026"), null, WorkflowAction.SUBMIT)
                .getStatus()).isEqualTo(PostStatus.SUBMITTED);
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

    @Test
    void editorAddsATranslationAsADraftOfTheGroupWhichThenGoesThroughTheUsualWorkflow() {
        PostContent event = Fixtures.content("Round table on prevention");
        event.setType(PostType.EVENT);
        event.setEventStart(LocalDateTime.of(2027, 5, 4, 10, 0));
        event.setEventLocation("Warsaw");
        event.setTags(Set.of("conference", "prevention"));
        Post original = authoring.createDraft(member.getId(), event, null);

        Post translation = authoring.addTranslation(original.getId(), "pl", "Okrągły stół o profilaktyce",
                "Spotkanie o zapobieganiu wyzyskowi.", "Zapraszamy na *okrągły stół*.", null);

        assertThat(translation.getSlug()).isEqualTo(original.getSlug() + "-pl");
        assertThat(translation.getStatus()).isEqualTo(PostStatus.DRAFT);
        assertThat(translation.getOrganisation().getId()).isEqualTo(member.getId());
        assertThat(translation.getOriginalId()).isEqualTo(original.getId());
        Post stored = posts.findById(translation.getId()).orElseThrow();
        assertThat(stored.getContent().getLanguage()).isEqualTo("pl");
        assertThat(stored.getContent().getBody()).isEqualTo("Zapraszamy na *okrągły stół*.");
        assertThat(stored.getType()).isEqualTo(PostType.EVENT);
        assertThat(stored.getContent().getEventLocation()).isEqualTo("Warsaw");
        assertThat(stored.getContent().getTags()).containsExactly("conference", "prevention");
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAtAsc("post", translation.getSlug()))
                .extracting(e -> e.getAction()).containsExactly("post.translate");
        assertThat(authoring.translationGroup(translation.getId())).extracting(m -> m.language() + ":" + m.status() + ":" + m.original())
                .containsExactly("en:DRAFT:true", "pl:DRAFT:false");

        authoring.perform(translation.getId(), WorkflowAction.SUBMIT, null);
        Fixtures.signIn(Fixtures.actor(Role.MODERATOR, null));
        steps.perform(translation.getId(), WorkflowAction.APPROVE, null);
        Fixtures.signIn(editor);
        assertThat(posts.findById(translation.getId()).orElseThrow().getStatus()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(moderationEvents.findByItemTypeAndItemIdOrderByOccurredAtAscIdAsc(ItemType.POST, translation.getId()))
                .extracting(e -> e.getAction() + ":" + e.getToState()).containsExactly("SUBMIT:SUBMITTED", "APPROVE:PUBLISHED");
    }

    @Test
    void aTranslationOfATranslationJoinsTheOriginalsGroup() {
        Post original = authoring.createDraft(member.getId(), Fixtures.content("Helpline open at night"), null);
        Post polish = authoring.addTranslation(original.getId(), "pl", "Telefon zaufania w nocy", null, "Tekst.", null);

        Post ukrainian = authoring.addTranslation(polish.getId(), "uk", "Гаряча лінія вночі", null, "Текст.", null);

        assertThat(ukrainian.getOriginalId()).isEqualTo(original.getId());
        assertThat(ukrainian.getSlug()).isEqualTo(original.getSlug() + "-uk");
        assertThat(authoring.translationGroup(original.getId())).extracting(TranslationGroupMember::language)
                .containsExactly("en", "pl", "uk");
    }

    @Test
    void refusedTranslationsChangeNothing() {
        Post original = authoring.createDraft(member.getId(), Fixtures.content("Statement on shelters"), null);
        authoring.addTranslation(original.getId(), "pl", "Oświadczenie w sprawie schronisk", null, "Tekst.", null);
        long postsBefore = posts.countByOrganisationId(member.getId());
        long versionBefore = posts.findById(original.getId()).orElseThrow().getVersion();

        assertThatThrownBy(() -> authoring.addTranslation(original.getId(), "de", "Erklärung", null, "Text.", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not one of the network’s languages");
        assertThatThrownBy(() -> authoring.addTranslation(original.getId(), null, "Erklärung", null, "Text.", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not one of the network’s languages");
        assertThatThrownBy(() -> authoring.addTranslation(original.getId(), "en", "Statement again", null, "Text.", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is written in English");
        assertThatThrownBy(() -> authoring.addTranslation(original.getId(), "pl", "Drugie tłumaczenie", null, "Tekst.", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already has a translation in Polish");
        assertThatThrownBy(() -> authoring.addTranslation(original.getId(), "uk", " ", null, "Текст.", null))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> authoring.addTranslation(original.getId() + 1_000_000, "uk", "Заява", null, "Текст.", null))
                .isInstanceOf(InvalidInputException.class);
        Fixtures.signIn(Fixtures.actor(Role.EDITOR, member.getId() + 100_000));
        assertThatThrownBy(() -> authoring.addTranslation(original.getId(), "uk", "Заява", null, "Текст.", null))
                .as("another organisation's post").isInstanceOf(AccessDeniedException.class);
        Fixtures.signIn(Fixtures.actor(Role.MODERATOR, null));
        assertThatThrownBy(() -> authoring.addTranslation(original.getId(), "uk", "Заява", null, "Текст.", null))
                .as("the secretariat writes only its own posts").isInstanceOf(AccessDeniedException.class);
        Fixtures.signIn(editor);

        assertThat(posts.countByOrganisationId(member.getId())).isEqualTo(postsBefore);
        assertThat(posts.findById(original.getId()).orElseThrow().getVersion()).isEqualTo(versionBefore);
        assertThat(authoring.translationGroup(original.getId())).extracting(TranslationGroupMember::language).containsExactly("en", "pl");
        assertThat(auditEvents.findAll()).filteredOn(e -> e.getAction().equals("post.translate") && e.getOrganisationId() != null
                && e.getOrganisationId().equals(member.getId())).hasSize(1);
    }

    @Test
    void theSecretariatTranslatesItsOwnPosts() {
        MemberOrganisation secretariat = organisations.findFirstByKind(OrganisationKind.SECRETARIAT)
                .orElseGet(() -> organisations.save(new MemberOrganisation(Fixtures.uniqueSlug("secretariat"), OrganisationKind.SECRETARIAT,
                        "NL", Fixtures.profile("Secretariat"), Fixtures.NOW)));
        Fixtures.signIn(Fixtures.actor(Role.MODERATOR, null));
        Post original = authoring.createDraft(secretariat.getId(), Fixtures.content("Network statement " + member.getSlug()), null);

        Post russian = authoring.addTranslation(original.getId(), "ru", "Заявление сети", null, "Текст.", null);
        authoring.perform(russian.getId(), WorkflowAction.PUBLISH_DIRECTLY, null);

        assertThat(posts.findById(russian.getId()).orElseThrow().getStatus()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(russian.getOrganisation().getId()).isEqualTo(secretariat.getId());
    }
}
