package org.lastrada.portal.members.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.MembersTestApplication;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.ProfileTranslation;
import org.lastrada.portal.shared.profiles.ProfileWorkflow;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.shared.profiles.ProfileRevision;
import org.lastrada.portal.shared.profiles.ProfileRevisionRepository;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.RevisionStatus;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** A profile change waits for the secretariat while the live profile stays as it was; nobody overwrites a colleague. */
@Tag("database")
@SpringBootTest(classes = MembersTestApplication.class)
class ProfileProposalsTest {

    @Autowired ProfileProposals proposals;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired ProfileRevisionRepository profileRevisions;
    @Autowired ProfileWorkflow workflow;
    @Autowired TransactionTemplate transaction;

    private MemberOrganisation member;

    @BeforeEach
    void newMemberWithEditor() {
        member = Fixtures.newMember(organisations);
        Fixtures.signIn(Fixtures.actor(Role.EDITOR, member.getId()));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void profileChangeStaysPendingAndASecondSaveUpdatesTheSameChange() {
        OrganisationProfile proposed = member.getProfile().copy();
        proposed.setShortDescription("We now also run a shelter.");
        proposed.setServices(Set.of(ServiceArea.HELPLINE, ServiceArea.SHELTER));
        ProfileRevision revision = proposals.propose(member.getId(), proposals.editingBase(member.getId()), proposed);

        assertThat(organisations.findBySlug(member.getSlug()).orElseThrow().getProfile().getShortDescription())
                .isEqualTo("Works against trafficking in human beings.");
        assertThat(revision.getStatus()).isEqualTo(RevisionStatus.SUBMITTED);

        proposed.setCity("Warsaw");
        assertThat(proposals.propose(member.getId(), proposals.editingBase(member.getId()), proposed).getId()).isEqualTo(revision.getId());
        assertThat(profileRevisions.findByOpenForOrganisationId(member.getId()).orElseThrow().getProposed().getCity()).isEqualTo("Warsaw");
        assertThat(organisations.findBySlug(member.getSlug()).orElseThrow().getProfile().getCity()).isEqualTo("Amsterdam");
    }

    @Test
    void secondEditorSavingFromAStaleStartGetsAConflictAndOverwritesNothing() {
        ProfileProposals.EditingBase bothStartedHere = proposals.editingBase(member.getId());
        OrganisationProfile first = member.getProfile().copy();
        first.setShortDescription("First editor's words.");
        proposals.propose(member.getId(), bothStartedHere, first);

        OrganisationProfile second = member.getProfile().copy();
        second.setShortDescription("Second editor's words.");
        assertThatThrownBy(() -> proposals.propose(member.getId(), bothStartedHere, second))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(profileRevisions.findByOpenForOrganisationId(member.getId()).orElseThrow().getProposed().getShortDescription())
                .isEqualTo("First editor's words.");
    }

    @Test
    void membersCannotApproveTheirOwnChangeNorProposeForAnotherOrganisation() {
        ProfileRevision revision = proposals.propose(member.getId(), proposals.editingBase(member.getId()), member.getProfile().copy());
        assertThatThrownBy(() -> proposals.perform(revision.getId(), WorkflowAction.APPROVE, null))
                .isInstanceOf(InvalidInputException.class);

        Fixtures.signIn(Fixtures.actor(Role.EDITOR, member.getId() + 100_000));
        assertThatThrownBy(() -> proposals.editingBase(member.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposals.perform(revision.getId(), WorkflowAction.WITHDRAW, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(profileRevisions.findById(revision.getId()).orElseThrow().getStatus()).isEqualTo(RevisionStatus.SUBMITTED);
        assertThat(organisations.findBySlug(member.getSlug()).orElseThrow().getProfile().getShortDescription())
                .isEqualTo("Works against trafficking in human beings.");
    }

    @Test
    void aTranslationIsAChangeOfItsLanguageWaitingBesideAChangeOfTheProfileAndPublicOnlyOnceApproved() {
        OrganisationProfile changed = member.getProfile().copy();
        changed.setShortDescription("We now also run a shelter.");
        ProfileRevision english = proposals.propose(member.getId(), proposals.editingBase(member.getId()), changed);
        ProfileRevision polish = proposals.proposeTranslation(member.getId(), "pl", proposals.translationEditingBase(member.getId(), "pl"),
                new ProfileTranslation("La Strada Polska", "Warszawa", "Przeciwdziała handlowi ludźmi.", null, Set.of()));
        assertThat(polish.getId()).isNotEqualTo(english.getId());
        assertThat(polish.getStatus()).isEqualTo(RevisionStatus.SUBMITTED);

        ProfileRevision revised = proposals.proposeTranslation(member.getId(), "pl", proposals.translationEditingBase(member.getId(), "pl"),
                new ProfileTranslation("La Strada Polska", "Warszawa", "Przeciwdziała handlowi ludźmi i wyzyskowi.", null, Set.of()));
        assertThat(revised.getId()).as("the same open change of the language").isEqualTo(polish.getId());
        assertThat(proposals.openTranslationRevision(member.getId(), "pl").orElseThrow().getProposedTranslation().getShortDescription())
                .isEqualTo("Przeciwdziała handlowi ludźmi i wyzyskowi.");
        assertThat(organisations.findWithTranslationsBySlug(member.getSlug()).orElseThrow().profileIn("pl").fellBack())
                .as("not public before approval").isTrue();

        transaction.executeWithoutResult(status -> workflow.take(profileRevisions.findById(polish.getId()).orElseThrow(),
                WorkflowAction.APPROVE, Fixtures.actor(Role.MODERATOR, null), null));

        var inPolish = organisations.findWithTranslationsBySlug(member.getSlug()).orElseThrow().profileIn("pl");
        assertThat(inPolish.fellBack()).isFalse();
        assertThat(inPolish.profile().getShortDescription()).isEqualTo("Przeciwdziała handlowi ludźmi i wyzyskowi.");
        assertThat(profileRevisions.findByOpenForOrganisationId(member.getId())).get().extracting(ProfileRevision::getId)
                .as("the change of the profile itself still waits").isEqualTo(english.getId());
    }

    @Test
    void translationsAreIntoTheOtherNetworkLanguagesOfOnesOwnOrganisationFromACurrentStart() {
        ProfileTranslation polish = new ProfileTranslation("La Strada Polska", "Warszawa", null, null, Set.of());
        for (String language : new String[] {"en", "de", null}) {
            assertThatThrownBy(() -> proposals.proposeTranslation(member.getId(), language, proposals.editingBase(member.getId()), polish))
                    .as(language).isInstanceOf(InvalidInputException.class);
        }
        ProfileProposals.EditingBase bothStartedHere = proposals.translationEditingBase(member.getId(), "pl");
        proposals.proposeTranslation(member.getId(), "pl", bothStartedHere, polish);
        assertThatThrownBy(() -> proposals.proposeTranslation(member.getId(), "pl", bothStartedHere,
                new ProfileTranslation("Inna nazwa", "Kraków", null, null, Set.of())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> proposals.proposeTranslation(member.getId(), "uk", proposals.translationEditingBase(member.getId(), "uk"),
                new ProfileTranslation(" ", "Варшава", null, null, Set.of())))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("name");

        Fixtures.signIn(Fixtures.actor(Role.EDITOR, member.getId() + 100_000));
        assertThatThrownBy(() -> proposals.proposeTranslation(member.getId(), "uk", bothStartedHere, polish))
                .isInstanceOf(AccessDeniedException.class);
        Fixtures.signIn(Fixtures.actor(Role.EDITOR, member.getId()));
        assertThat(proposals.openTranslationRevision(member.getId(), "pl").orElseThrow().getProposedTranslation().getName())
                .isEqualTo("La Strada Polska");
        assertThat(proposals.openTranslationRevision(member.getId(), "uk")).isEmpty();
    }
}
