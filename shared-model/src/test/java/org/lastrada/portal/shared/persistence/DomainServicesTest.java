package org.lastrada.portal.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.accounts.AccountService;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.accounts.NewAccount;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.audit.AuditEventRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.NewOrganisation;
import org.lastrada.portal.shared.organisations.OrganisationKind;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.OrganisationService;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostService;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.profiles.ProfileRevision;
import org.lastrada.portal.shared.profiles.ProfileRevisionRepository;
import org.lastrada.portal.shared.profiles.ProfileService;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.ItemType;
import org.lastrada.portal.shared.workflow.ModerationEventRepository;
import org.lastrada.portal.shared.workflow.RevisionStatus;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Services and repositories on a real database: the migrations, validation that names the field and
 * writes nothing, the workflow recorded in moderation history and audit log. Runs on H2, or on
 * MySQL/MariaDB when PORTAL_TEST_DB_URL is set.
 */
@Tag("database")
@SpringBootTest(classes = SharedModelTestApplication.class)
class DomainServicesTest {

    private static final Actor ADMIN = Fixtures.actor(Role.ADMIN, null);
    private static final Actor MODERATOR = Fixtures.actor(Role.MODERATOR, null);

    @Autowired OrganisationService organisationService;
    @Autowired AccountService accountService;
    @Autowired PostService postService;
    @Autowired ProfileService profileService;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired AccountRepository accounts;
    @Autowired PostRepository posts;
    @Autowired ProfileRevisionRepository profileRevisions;
    @Autowired ModerationEventRepository moderationEvents;
    @Autowired AuditEventRepository auditEvents;
    @Autowired TransactionTemplate transaction;

    private MemberOrganisation member;
    private Actor editor;

    @BeforeEach
    void newMemberWithEditor() {
        Fixtures.signIn(ADMIN);
        member = organisationService.register(new NewOrganisation(Fixtures.uniqueSlug("la-strada-test"), OrganisationKind.MEMBER,
                "PL", Fixtures.profile("La Strada Test")));
        editor = Fixtures.actor(Role.EDITOR, member.getId());
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void organisationRoundTripsWithItsServicesAndLanguages() {
        MemberOrganisation loaded = transaction.execute(s -> {
            MemberOrganisation o = organisations.findBySlug(member.getSlug()).orElseThrow();
            o.getProfile().getServices().size();
            return o;
        });
        assertThat(loaded.getProfile().getServices()).containsExactlyInAnyOrder(ServiceArea.HELPLINE, ServiceArea.LEGAL_AID);
        assertThat(loaded.getProfile().getLanguages()).containsExactly("en", "nl");
        assertThat(loaded.getCountryCode()).isEqualTo("PL");
    }

    @Test
    void duplicateSlugIsRefusedOnTheSlugFieldAndNothingIsWritten() {
        long before = organisations.count();
        assertThatThrownBy(() -> organisationService.register(new NewOrganisation(member.getSlug(), OrganisationKind.MEMBER, "CZ",
                Fixtures.profile("Copy"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("slug"));
        assertThat(organisations.count()).isEqualTo(before);
    }

    @Test
    void invalidCountryAndLanguageCodesAreRefusedNamingTheFields() {
        OrganisationProfile profile = Fixtures.profile("Nowhere");
        profile.setLanguages(Set.of("en", "xx"));
        long before = organisations.count();
        assertThatThrownBy(() -> organisationService.register(new NewOrganisation(Fixtures.uniqueSlug("nowhere"),
                OrganisationKind.MEMBER, "XX", profile)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("countryCode: must be a two-letter ISO 3166 country code")
                .hasMessageContaining("languages: must be a two-letter ISO 639-1 language code");
        assertThat(organisations.count()).isEqualTo(before);
    }

    @Test
    void databaseRefusesADuplicateSlugEvenWithoutTheServiceCheck() {
        MemberOrganisation copy = new MemberOrganisation(member.getSlug(), OrganisationKind.MEMBER, "PL", Fixtures.profile("Copy"),
                Fixtures.NOW);
        assertThatThrownBy(() -> organisations.saveAndFlush(copy)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void editorWithoutOrganisationIsRefusedOnTheOrganisationField() {
        long before = accounts.count();
        assertThatThrownBy(() -> accountService.create(new NewAccount(Fixtures.uniqueSlug("editor"), "Ed Itor",
                "ed@example.org", Role.EDITOR, null, null)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("organisation: is required for editors and organisation admins");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void orgAdminCannotOpenAnAccountForAnotherOrganisationOrGrantModerator() {
        MemberOrganisation other = organisationService.register(new NewOrganisation(Fixtures.uniqueSlug("other"),
                OrganisationKind.MEMBER, "CZ", Fixtures.profile("Other")));
        Fixtures.signIn(Fixtures.actor(Role.ORG_ADMIN, member.getId()));
        long before = accounts.count();

        assertThatThrownBy(() -> accountService.create(new NewAccount(Fixtures.uniqueSlug("x"), "X", "x@example.org",
                Role.EDITOR, other.getId(), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.create(new NewAccount(Fixtures.uniqueSlug("x"), "X", "x@example.org",
                Role.MODERATOR, member.getId(), null))).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.count()).isEqualTo(before);

        assertThat(accountService.create(new NewAccount(Fixtures.uniqueSlug("own"), "Own Editor", "own@example.org",
                Role.EDITOR, member.getId(), "a-long-initial-passphrase")).getOrganisation().getId()).isEqualTo(member.getId());
    }

    @Test
    void accountsArePasswordCheckedDisabledAndResetByTheirManagers() {
        Fixtures.signIn(Fixtures.actor(Role.ORG_ADMIN, member.getId()));
        String username = Fixtures.uniqueSlug("staff");
        assertThatThrownBy(() -> accountService.create(new NewAccount(username, "Staff", "staff@example.org", Role.EDITOR,
                member.getId(), "password1234"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("too common");
        assertThat(accounts.existsByUsername(username)).isFalse();

        var account = accountService.create(new NewAccount(username, "Staff", "staff@example.org", Role.EDITOR, member.getId(),
                "initial-secret-words-7"));
        assertThat(account.isMustChangePassword()).isTrue();

        accountService.setEnabled(account.getId(), false);
        assertThat(accounts.findByUsername(username).orElseThrow().isEnabled()).isFalse();
        accountService.resetPassword(account.getId(), "another-initial-secret-8");
        assertThat(accounts.findByUsername(username).orElseThrow().isMustChangePassword()).isTrue();

        Fixtures.signIn(accounts.findByUsername(username).orElseThrow().asActor());
        assertThatThrownBy(() -> accountService.changeOwnPassword("wrong-current-password", "my-own-secret-phrase-9"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("current password");
        accountService.changeOwnPassword("another-initial-secret-8", "my-own-secret-phrase-9");
        assertThat(accounts.findByUsername(username).orElseThrow().isMustChangePassword()).isFalse();
    }

    @Test
    void titleOverItsLimitIsRefusedAndNoPostIsWritten() {
        Fixtures.signIn(editor);
        long before = posts.countByOrganisationId(member.getId());
        assertThatThrownBy(() -> postService.createDraft(member.getId(), Fixtures.content("x".repeat(201)), null))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("title: size must be between 0 and 200");
        assertThat(posts.countByOrganisationId(member.getId())).isEqualTo(before);
    }

    @Test
    void eventWithoutStartOrPlaceIsRefusedOnThoseFields() {
        Fixtures.signIn(editor);
        PostContent event = Fixtures.content("Round table");
        event.setType(PostType.EVENT);
        assertThatThrownBy(() -> postService.createDraft(member.getId(), event, null))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("eventStart: is required for events")
                .hasMessageContaining("eventLocation: is required for events");
    }

    @Test
    void submitAndApproveAreRecordedInModerationHistoryAndAuditLog() {
        Fixtures.signIn(editor);
        Post post = postService.createDraft(member.getId(), Fixtures.content("Helpline figures for 2026"), null);
        assertThat(post.getSlug()).startsWith("helpline-figures-for-2026");
        postService.perform(post.getId(), WorkflowAction.SUBMIT, null);

        Fixtures.signIn(MODERATOR);
        postService.perform(post.getId(), WorkflowAction.REQUEST_CHANGES, "Please add the source of the figures.");
        Fixtures.signIn(editor);
        postService.perform(post.getId(), WorkflowAction.RESUBMIT, null);
        Fixtures.signIn(MODERATOR);
        postService.perform(post.getId(), WorkflowAction.APPROVE, null);

        assertThat(posts.findById(post.getId()).orElseThrow().getStatus()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(moderationEvents.findByItemTypeAndItemIdOrderByOccurredAtAscIdAsc(ItemType.POST, post.getId()))
                .extracting(e -> e.getAction() + ":" + e.getToState() + ":" + e.getComment())
                .containsExactly("SUBMIT:SUBMITTED:null", "REQUEST_CHANGES:CHANGES_REQUESTED:Please add the source of the figures.",
                        "RESUBMIT:SUBMITTED:null", "APPROVE:PUBLISHED:null");
        assertThat(auditEvents.findByTargetTypeAndTargetIdOrderByOccurredAtAsc("post", post.getSlug()))
                .extracting(e -> e.getAction())
                .containsExactly("post.create", "post.submit", "post.request_changes", "post.resubmit", "post.approve");
    }

    @Test
    void editorOfAnotherOrganisationCannotReadOrSubmitTheDraftAndNothingChanges() {
        Fixtures.signIn(editor);
        Post post = postService.createDraft(member.getId(), Fixtures.content("Internal draft"), null);
        Fixtures.signIn(Fixtures.actor(Role.EDITOR, member.getId() + 100_000));

        assertThatThrownBy(() -> postService.read(post.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> postService.perform(post.getId(), WorkflowAction.SUBMIT, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> postService.createDraft(member.getId(), Fixtures.content("Intruder"), null))
                .isInstanceOf(AccessDeniedException.class);

        Post unchanged = posts.findById(post.getId()).orElseThrow();
        assertThat(unchanged.getStatus()).isEqualTo(PostStatus.DRAFT);
        assertThat(unchanged.getVersion()).isEqualTo(post.getVersion());
        assertThat(posts.countByOrganisationId(member.getId())).isEqualTo(1);
    }

    @Test
    void profileChangeStaysPendingUntilApprovedThenReplacesTheLiveProfile() {
        Fixtures.signIn(editor);
        OrganisationProfile proposed = member.getProfile().copy();
        proposed.setShortDescription("We now also run a shelter.");
        proposed.setServices(Set.of(ServiceArea.HELPLINE, ServiceArea.SHELTER));
        ProfileRevision revision = profileService.propose(member.getId(), profileService.editingBase(member.getId()), proposed);

        assertThat(organisations.findBySlug(member.getSlug()).orElseThrow().getProfile().getShortDescription())
                .isEqualTo("Works against trafficking in human beings.");
        assertThat(revision.getStatus()).isEqualTo(RevisionStatus.SUBMITTED);

        // A second save updates the same open revision instead of creating another.
        proposed.setCity("Warsaw");
        assertThat(profileService.propose(member.getId(), profileService.editingBase(member.getId()), proposed).getId()).isEqualTo(revision.getId());

        Fixtures.signIn(MODERATOR);
        profileService.perform(revision.getId(), WorkflowAction.APPROVE, null);

        MemberOrganisation live = transaction.execute(s -> {
            MemberOrganisation o = organisations.findBySlug(member.getSlug()).orElseThrow();
            o.getProfile().getServices().size();
            return o;
        });
        assertThat(live.getProfile().getShortDescription()).isEqualTo("We now also run a shelter.");
        assertThat(live.getProfile().getCity()).isEqualTo("Warsaw");
        assertThat(live.getProfile().getServices()).containsExactlyInAnyOrder(ServiceArea.HELPLINE, ServiceArea.SHELTER);
        assertThat(profileRevisions.findByOpenForOrganisationId(member.getId())).isEmpty();
    }

    @Test
    void secondEditorSavingFromAStaleStartGetsAConflictAndOverwritesNothing() {
        Fixtures.signIn(editor);
        ProfileService.EditingBase bothStartedHere = profileService.editingBase(member.getId());
        OrganisationProfile first = member.getProfile().copy();
        first.setShortDescription("First editor's words.");
        profileService.propose(member.getId(), bothStartedHere, first);

        OrganisationProfile second = member.getProfile().copy();
        second.setShortDescription("Second editor's words.");
        assertThatThrownBy(() -> profileService.propose(member.getId(), bothStartedHere, second))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(profileRevisions.findByOpenForOrganisationId(member.getId()).orElseThrow().getProposed().getShortDescription())
                .isEqualTo("First editor's words.");
    }

    @Test
    void databaseAllowsOnlyOneOpenProfileRevisionPerOrganisation() {
        ProfileRevision first = new ProfileRevision(member, member.getProfile(), editor, Fixtures.NOW);
        ProfileRevision second = new ProfileRevision(member, member.getProfile(), editor, Fixtures.NOW);
        profileRevisions.saveAndFlush(first);
        assertThatThrownBy(() -> profileRevisions.saveAndFlush(second)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
