package org.lastrada.portal.secretariat.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.SecretariatTestApplication;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.NewOrganisation;
import org.lastrada.portal.shared.organisations.OrganisationKind;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Administrators add organisations to the network and suspend them; bad input names its field and writes nothing. */
@Tag("database")
@SpringBootTest(classes = SecretariatTestApplication.class)
class NetworkOrganisationsTest {

    @Autowired NetworkOrganisations administration;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired TransactionTemplate transaction;

    private MemberOrganisation member;

    @BeforeEach
    void newMember() {
        Fixtures.signIn(Fixtures.actor(Role.ADMIN, null));
        member = administration.register(new NewOrganisation(Fixtures.uniqueSlug("la-strada-test"), OrganisationKind.MEMBER, "PL",
                Fixtures.profile("La Strada Test")));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void organisationRoundTripsWithItsServicesAndLanguages() {
        MemberOrganisation loaded = transaction.execute(s -> organisations.findBySlug(member.getSlug()).orElseThrow());
        assertThat(loaded.getProfile().getServices()).containsExactlyInAnyOrder(ServiceArea.HELPLINE, ServiceArea.LEGAL_AID);
        assertThat(loaded.getProfile().getLanguages()).containsExactly("en", "nl");
        assertThat(loaded.getCountryCode()).isEqualTo("PL");
    }

    @Test
    void duplicateSlugIsRefusedOnTheSlugFieldAndNothingIsWritten() {
        long before = organisations.count();
        assertThatThrownBy(() -> administration.register(new NewOrganisation(member.getSlug(), OrganisationKind.MEMBER, "CZ",
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
        assertThatThrownBy(() -> administration.register(new NewOrganisation(Fixtures.uniqueSlug("nowhere"),
                OrganisationKind.MEMBER, "XX", profile)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("countryCode: must be a two-letter ISO 3166 country code")
                .hasMessageContaining("languages: must be a two-letter ISO 639-1 language code");
        assertThat(organisations.count()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsSuspendAnOrganisation() {
        Fixtures.signIn(Fixtures.actor(Role.MODERATOR, null));
        assertThatThrownBy(() -> administration.changeStatus(member.getId(), OrganisationStatus.SUSPENDED))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.findById(member.getId()).orElseThrow().getStatus()).isEqualTo(OrganisationStatus.ACTIVE);

        Fixtures.signIn(Fixtures.actor(Role.ADMIN, null));
        administration.changeStatus(member.getId(), OrganisationStatus.SUSPENDED);
        assertThat(organisations.findById(member.getId()).orElseThrow().getStatus()).isEqualTo(OrganisationStatus.SUSPENDED);
    }
}
