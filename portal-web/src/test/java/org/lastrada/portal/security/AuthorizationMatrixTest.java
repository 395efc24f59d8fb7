package org.lastrada.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lastrada.portal.members.posts.PostAuthoring;
import org.lastrada.portal.members.profile.ProfileProposals;
import org.lastrada.portal.secretariat.moderation.Moderation;
import org.lastrada.portal.secretariat.moderation.ModerationQueue.Kind;
import org.lastrada.portal.secretariat.network.NetworkOrganisations;
import org.lastrada.portal.secretariat.pages.NetworkPages;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.accounts.AccountService;
import org.lastrada.portal.shared.accounts.NewAccount;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.organisations.ProfileTranslation;
import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.pages.NetworkPageRepository;
import org.lastrada.portal.shared.pages.NetworkPageVersionRepository;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.profiles.ProfileRevisionRepository;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who may do what to whose data, enforced by the services themselves. Every role against its own
 * organisation, another member organisation and the secretariat, for every operation: allowed calls
 * succeed, denied calls throw {@link AccessDeniedException} and leave the data exactly as it was.
 */
@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
class AuthorizationMatrixTest {

    enum Who { ANONYMOUS, EDITOR, ORG_ADMIN, MODERATOR, ADMIN }

    enum Target { OWN, OTHER, SECRETARIAT }

    /**
     * The expected table, written out. Columns: own member organisation (Poland, the member roles'
     * organisation), another member organisation (Ukraine), the International Secretariat.
     * A = allowed, - = denied. Moderators see members' posts only once submitted, never their drafts.
     */
    private static final Map<Who, String> EXPECTED = Map.of(
            Who.ANONYMOUS, """
                    read a draft          - - -
                    edit the profile      - - -
                    create a post         - - -
                    edit a post           - - -
                    submit a post         - - -
                    withdraw a post       - - -
                    archive a post        - - -
                    moderate              - - -
                    manage accounts       - - -
                    edit network pages    - - -
                    manage organisations  - - -
                    read the audit log    - - -
                    translate a post      - - -
                    translate the profile - - -
                    translate the pages   - - -
                    """,
            Who.EDITOR, """
                    read a draft          A - -
                    edit the profile      A - -
                    create a post         A - -
                    edit a post           A - -
                    submit a post         A - -
                    withdraw a post       A - -
                    archive a post        A - -
                    moderate              - - -
                    manage accounts       - - -
                    edit network pages    - - -
                    manage organisations  - - -
                    read the audit log    - - -
                    translate a post      A - -
                    translate the profile A - -
                    translate the pages   - - -
                    """,
            Who.ORG_ADMIN, """
                    read a draft          A - -
                    edit the profile      A - -
                    create a post         A - -
                    edit a post           A - -
                    submit a post         A - -
                    withdraw a post       A - -
                    archive a post        A - -
                    moderate              - - -
                    manage accounts       A - -
                    edit network pages    - - -
                    manage organisations  - - -
                    read the audit log    - - -
                    translate a post      A - -
                    translate the profile A - -
                    translate the pages   - - -
                    """,
            Who.MODERATOR, """
                    read a draft          - - A
                    edit the profile      - - A
                    create a post         - - A
                    edit a post           - - A
                    submit a post         - - A
                    withdraw a post       - - A
                    archive a post        - - A
                    moderate              A A A
                    manage accounts       - - -
                    edit network pages    A A A
                    manage organisations  - - -
                    read the audit log    - - -
                    translate a post      - - A
                    translate the profile - - A
                    translate the pages   A A A
                    """,
            Who.ADMIN, """
                    read a draft          - - A
                    edit the profile      - - A
                    create a post         - - A
                    edit a post           - - A
                    submit a post         - - A
                    withdraw a post       - - A
                    archive a post        - - A
                    moderate              A A A
                    manage accounts       A A A
                    edit network pages    A A A
                    manage organisations  A A A
                    read the audit log    A A A
                    translate a post      - - A
                    translate the profile - - A
                    translate the pages   A A A
                    """);

    private static final List<String> OPERATIONS = List.of("read a draft", "edit the profile", "create a post", "edit a post",
            "submit a post", "withdraw a post", "archive a post", "moderate", "manage accounts", "edit network pages",
            "manage organisations", "read the audit log", "translate a post", "translate the profile", "translate the pages");

    @Autowired PostAuthoring postAuthoring;
    @Autowired PostSteps postSteps;
    @Autowired ProfileProposals profileProposals;
    @Autowired Moderation moderation;
    @Autowired AccountService accountService;
    @Autowired NetworkOrganisations networkOrganisations;
    @Autowired NetworkPages networkPages;
    @Autowired AuditLog auditLog;
    @Autowired PostRepository posts;
    @Autowired ProfileRevisionRepository profileRevisions;
    @Autowired AccountRepository accounts;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired NetworkPageRepository pages;
    @Autowired NetworkPageVersionRepository pageVersions;

    /** One attempt: what it does, and a fingerprint of the data it would change. */
    private record Attempt(Runnable call, Supplier<Object> state) {
    }

    static Stream<Arguments> everyCell() {
        List<Arguments> cells = new ArrayList<>();
        for (Who who : Who.values()) {
            List<String> rows = EXPECTED.get(who).lines().toList();
            for (String row : rows) {
                String operation = row.substring(0, 22).strip();
                String[] marks = row.substring(22).strip().split(" ");
                for (Target target : Target.values()) {
                    cells.add(Arguments.of(who, operation, target, marks[target.ordinal()].equals("A")));
                }
            }
        }
        return cells.stream();
    }

    @Test
    void theTableCoversEveryRoleOperationAndTarget() {
        for (Who who : Who.values()) {
            assertThat(EXPECTED.get(who).lines().map(row -> row.substring(0, 22).strip()).toList()).isEqualTo(OPERATIONS);
        }
        assertThat(everyCell().count()).isEqualTo((long) Who.values().length * OPERATIONS.size() * Target.values().length);
    }

    @ParameterizedTest(name = "{0} {1} of {2}: allowed={3}")
    @MethodSource("everyCell")
    void servicesEnforceTheTable(Who who, String operation, Target target, boolean allowed) {
        Attempt attempt = prepare(operation, target);
        signInAs(who);
        Object before = attempt.state().get();

        if (allowed) {
            assertThatCode(attempt.call()::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(attempt.call()::run).isInstanceOf(AccessDeniedException.class);
            assertThat(attempt.state().get()).as("data after a denied call").isEqualTo(before);
        }
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private Attempt prepare(String operation, Target target) {
        MemberOrganisation organisation = organisation(target);
        Actor owner = owner(target);
        return switch (operation) {
            case "read a draft" -> {
                Post draft = draftOf(organisation, owner);
                yield new Attempt(() -> postAuthoring.read(draft.getId()), () -> postState(draft));
            }
            case "edit the profile" -> new Attempt(
                    () -> profileProposals.propose(organisation.getId(), profileProposals.editingBase(organisation.getId()),
                            withNewDescription(organisation)),
                    () -> profileRevisions.findByOpenForOrganisationId(organisation.getId())
                            .map(r -> r.getId() + "/" + r.getVersion()).orElse("none") + "/" + organisationVersion(organisation));
            case "create a post" -> new Attempt(
                    () -> postAuthoring.createDraft(organisation.getId(), Fixtures.content("Matrix post " + UUID.randomUUID()), null),
                    () -> posts.countByOrganisationId(organisation.getId()));
            case "edit a post" -> {
                Post draft = draftOf(organisation, owner);
                yield new Attempt(() -> postAuthoring.edit(draft.getId(), draft.getVersion(), Fixtures.content("Edited"), null),
                        () -> postState(draft));
            }
            case "submit a post" -> {
                Post draft = draftOf(organisation, owner);
                yield new Attempt(() -> postAuthoring.perform(draft.getId(), WorkflowAction.SUBMIT, null), () -> postState(draft));
            }
            case "withdraw a post" -> {
                Post submitted = submittedOf(organisation, owner);
                yield new Attempt(() -> postAuthoring.perform(submitted.getId(), WorkflowAction.WITHDRAW, null),
                        () -> postState(submitted));
            }
            case "archive a post" -> {
                Post published = publishedOf(organisation, owner);
                yield new Attempt(() -> postAuthoring.perform(published.getId(), WorkflowAction.ARCHIVE, null),
                        () -> postState(published));
            }
            case "moderate" -> {
                Post submitted = submittedOf(organisation, owner);
                yield new Attempt(() -> moderation.decide(Kind.POST, submitted.getId(), submitted.getVersion(), WorkflowAction.APPROVE, null),
                        () -> postState(submitted));
            }
            case "manage accounts" -> new Attempt(() -> accountService.create(new NewAccount(
                    "matrix-" + UUID.randomUUID().toString().substring(0, 8), "Matrix Account", "matrix@example.org",
                    target == Target.SECRETARIAT ? Role.MODERATOR : Role.EDITOR,
                    target == Target.SECRETARIAT ? null : organisation.getId(), null)), accounts::count);
            case "edit network pages" -> new Attempt(() -> {
                NetworkPage about = pages.findBySlug("about").orElseThrow();
                networkPages.saveDraft("about", "en", about.getTitle(), about.getBody(), about.getPosition());
                networkPages.publish("about", "en", about.getTitle(), about.getBody(), about.getPosition());
            }, () -> pages.findBySlug("about").orElseThrow().getVersion() + "/" + pageVersions.count());
            case "manage organisations" -> new Attempt(
                    () -> networkOrganisations.changeStatus(organisation.getId(), OrganisationStatus.ACTIVE),
                    () -> organisationVersion(organisation));
            case "read the audit log" -> new Attempt(() -> auditLog.read(PageRequest.of(0, 10)), () -> "reading changes nothing");
            case "translate a post" -> {
                Post draft = draftOf(organisation, owner);
                yield new Attempt(() -> postAuthoring.addTranslation(draft.getId(), "uk", "Переклад", null, "Текст.", null),
                        () -> postState(draft) + "/" + posts.findTranslationsOf(draft.getId()).size());
            }
            case "translate the profile" -> new Attempt(
                    () -> profileProposals.proposeTranslation(organisation.getId(), "uk",
                            profileProposals.translationEditingBase(organisation.getId(), "uk"),
                            new ProfileTranslation("Переклад " + UUID.randomUUID(), "Київ", null, null, Set.of())),
                    () -> profileRevisions.findByOpenForOrganisationIdAndLanguage(organisation.getId(), "uk")
                            .map(r -> r.getId() + "/" + r.getVersion()).orElse("none") + "/" + organisationVersion(organisation));
            case "translate the pages" -> new Attempt(() -> networkPages.publish("about", "uk", "Про мережу", "Текст.", null),
                    () -> pages.findBySlug("about").orElseThrow().getVersion());
            default -> throw new IllegalArgumentException(operation);
        };
    }

    private MemberOrganisation organisation(Target target) {
        return organisations.findBySlug(switch (target) {
            case OWN -> "la-strada-poland";
            case OTHER -> "la-strada-ukraine";
            case SECRETARIAT -> "international-secretariat";
        }).orElseThrow();
    }

    private Actor owner(Target target) {
        return accounts.findByUsername(switch (target) {
            case OWN -> "poland.editor";
            case OTHER -> "ukraine.editor";
            case SECRETARIAT -> "moderator";
        }).orElseThrow().asActor();
    }

    private void signInAs(Who who) {
        switch (who) {
            case ANONYMOUS -> Fixtures.signOut();
            case EDITOR -> Fixtures.signIn(accounts.findByUsername("poland.editor").orElseThrow().asActor());
            case ORG_ADMIN -> Fixtures.signIn(accounts.findByUsername("poland.admin").orElseThrow().asActor());
            case MODERATOR -> Fixtures.signIn(accounts.findByUsername("moderator").orElseThrow().asActor());
            case ADMIN -> Fixtures.signIn(accounts.findByUsername("admin").orElseThrow().asActor());
        }
    }

    private Post draftOf(MemberOrganisation organisation, Actor owner) {
        Fixtures.signIn(owner);
        return postSteps.createDraft(organisation.getId(), Fixtures.content("Matrix draft " + UUID.randomUUID()), null);
    }

    private Post submittedOf(MemberOrganisation organisation, Actor owner) {
        Post draft = draftOf(organisation, owner);
        return postSteps.perform(draft.getId(), WorkflowAction.SUBMIT, null);
    }

    private Post publishedOf(MemberOrganisation organisation, Actor owner) {
        Post submitted = submittedOf(organisation, owner);
        Fixtures.signIn(accounts.findByUsername("moderator").orElseThrow().asActor());
        return postSteps.perform(submitted.getId(), WorkflowAction.APPROVE, null);
    }

    private Object postState(Post post) {
        Post now = posts.findById(post.getId()).orElseThrow();
        return now.getStatus() + "/" + now.getVersion() + "/" + now.getTitle();
    }

    private long organisationVersion(MemberOrganisation organisation) {
        return organisations.findById(organisation.getId()).orElseThrow().getVersion();
    }

    private static org.lastrada.portal.shared.organisations.OrganisationProfile withNewDescription(MemberOrganisation organisation) {
        var profile = organisation.getProfile().copy();
        profile.setShortDescription("Changed in the authorization matrix " + Set.of(UUID.randomUUID()));
        return profile;
    }
}
