package org.lastrada.portal.shared.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationKind;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Each account reads the workspace in a language of its own: until its owner chooses, the first language of its
 * organisation's country (English for the secretariat and other countries); only the network's languages are taken.
 */
@SpringBootTest(classes = SharedModelTestApplication.class)
class InterfaceLanguageTest {

    @Autowired AccountService accountService;
    @Autowired AccountRepository accounts;
    @Autowired MemberOrganisationRepository organisations;

    private String lastEditor;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void aNewAccountReadsTheFirstLanguageOfItsOrganisationsCountry() {
        assertThat(signInAsNewEditorIn("PL")).isEqualTo(NetworkLanguage.POLISH);
        assertThat(signInAsNewEditorIn("UA")).isEqualTo(NetworkLanguage.UKRAINIAN);
        assertThat(signInAsNewEditorIn("MD")).as("Moldova").isEqualTo(NetworkLanguage.ROMANIAN);
        assertThat(signInAsNewEditorIn("DE")).as("a country without a network language").isEqualTo(NetworkLanguage.ENGLISH);

        Fixtures.signIn(Fixtures.actor(Role.ADMIN, null));
        Account moderator = accountService.create(new NewAccount("mod-" + UUID.randomUUID().toString().substring(0, 8), "Mira",
                "mira@example.org", Role.MODERATOR, null, null));
        Fixtures.signIn(moderator.asActor());
        assertThat(accountService.ownInterfaceLanguage()).as("the secretariat").isEqualTo(NetworkLanguage.ENGLISH);
    }

    @Test
    void theOwnerChoosesAnotherNetworkLanguageAndKeepsIt() {
        signInAsNewEditorIn("PL");
        assertThat(accountService.changeOwnInterfaceLanguage(" UK ")).isEqualTo(NetworkLanguage.UKRAINIAN);

        assertThat(accountService.ownInterfaceLanguage()).isEqualTo(NetworkLanguage.UKRAINIAN);
        assertThat(accounts.findByUsername(lastEditor).orElseThrow().interfaceLanguage()).isEqualTo(NetworkLanguage.UKRAINIAN);
    }

    @Test
    void aLanguageOutsideTheNetworkIsRefusedAndNothingChanges() {
        signInAsNewEditorIn("CZ");
        for (String refused : new String[] {"de", "", null, "polish"}) {
            assertThatThrownBy(() -> accountService.changeOwnInterfaceLanguage(refused))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("is not one of the network's languages")
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("interfaceLanguage");
        }
        assertThat(accountService.ownInterfaceLanguage()).isEqualTo(NetworkLanguage.CZECH);
    }

    /** Signs in as a new editor of a new organisation in the country; returns the language they read. */
    private NetworkLanguage signInAsNewEditorIn(String country) {
        Fixtures.signIn(Fixtures.actor(Role.ADMIN, null));
        MemberOrganisation organisation = organisations.save(new MemberOrganisation(Fixtures.uniqueSlug("la-strada-" + country.toLowerCase()),
                OrganisationKind.MEMBER, country, Fixtures.profile("La Strada " + country), Fixtures.NOW));
        Account editor = accountService.create(new NewAccount("ed-" + UUID.randomUUID().toString().substring(0, 8), "Editor " + country,
                "editor@example.org", Role.EDITOR, organisation.getId(), null));
        lastEditor = editor.getUsername();
        Fixtures.signIn(editor.asActor());
        return accountService.ownInterfaceLanguage();
    }
}
