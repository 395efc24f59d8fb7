package org.lastrada.portal.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.accounts.AccountService;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.accounts.NewAccount;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationKind;
import org.lastrada.portal.shared.profiles.ProfileRevision;
import org.lastrada.portal.shared.profiles.ProfileRevisionRepository;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The shared account rules and the database's own constraints on a real database: validation that names the
 * field and writes nothing, who manages which account, unique slugs and one open profile change. Runs on H2,
 * or on MySQL/MariaDB when PORTAL_TEST_DB_URL is set. The members' and secretariat's services are tested in
 * their modules.
 */
@Tag("database")
@SpringBootTest(classes = SharedModelTestApplication.class)
class AccountsAndConstraintsTest {

    private static final Actor ADMIN = Fixtures.actor(Role.ADMIN, null);

    @Autowired AccountService accountService;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired AccountRepository accounts;
    @Autowired ProfileRevisionRepository profileRevisions;

    private MemberOrganisation member;
    private Actor editor;

    @BeforeEach
    void newMemberWithEditor() {
        Fixtures.signIn(ADMIN);
        member = Fixtures.newMember(organisations);
        editor = Fixtures.actor(Role.EDITOR, member.getId());
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
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
        MemberOrganisation other = organisations.save(new MemberOrganisation(Fixtures.uniqueSlug("other"), OrganisationKind.MEMBER,
                "CZ", Fixtures.profile("Other"), Fixtures.NOW));
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
    void databaseAllowsOnlyOneOpenProfileRevisionPerOrganisation() {
        ProfileRevision first = new ProfileRevision(member, member.getProfile(), editor, Fixtures.NOW);
        ProfileRevision second = new ProfileRevision(member, member.getProfile(), editor, Fixtures.NOW);
        profileRevisions.saveAndFlush(first);
        assertThatThrownBy(() -> profileRevisions.saveAndFlush(second)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void staffReadTimesInTheirCountrysZoneUntilTheyChooseAnother() {
        var account = accounts.save(new Account(Fixtures.uniqueSlug("zone"), "Zone Tester",
                "zone@example.org", Role.EDITOR, organisations.findById(member.getId()).orElseThrow(), Fixtures.NOW));
        Fixtures.signIn(account.asActor());
        assertThat(accountService.ownTimeZone()).as("the member is in Poland").isEqualTo(ZoneId.of("Europe/Warsaw"));

        assertThatThrownBy(() -> accountService.changeOwnTimeZone("Mars/Olympus_Mons")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("timeZone"));
        assertThat(accountService.ownTimeZone()).isEqualTo(ZoneId.of("Europe/Warsaw"));

        accountService.changeOwnTimeZone("Europe/Kyiv");
        assertThat(accountService.ownTimeZone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
    }
}
