package org.lastrada.portal.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationKind;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.organisations.ProfileInLanguage;
import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.pages.PageInLanguage;
import org.lastrada.portal.shared.posts.PublicPostSelection;
import org.lastrada.portal.shared.posts.PublicTranslationLink;
import org.lastrada.portal.shared.pages.NetworkPageRepository;
import org.lastrada.portal.shared.pages.NetworkPageVersionRepository;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo network as the default profile seeds it, and that seeding twice changes nothing. */
@Tag("database")
@SpringBootTest(classes = SharedModelTestApplication.class, properties = "portal.demo.enabled=true")
class DemoDataSeederTest {

    private static final List<String> MEMBERS = List.of("la-strada-belarus", "la-strada-bulgaria", "la-strada-czech-republic",
            "la-strada-macedonia", "la-strada-moldova", "la-strada-netherlands", "la-strada-poland", "la-strada-ukraine");

    @Autowired DemoDataSeeder seeder;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired AccountRepository accounts;
    @Autowired NetworkPageRepository pages;
    @Autowired NetworkPageVersionRepository pageVersions;
    @Autowired PostRepository posts;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired DemoDataProperties properties;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;

    @Test
    void seedsTheSecretariatAndTheEightMembersWithPlaceholderContacts() {
        MemberOrganisation secretariat = organisations.findBySlug("international-secretariat").orElseThrow();
        assertThat(secretariat.getKind()).isEqualTo(OrganisationKind.SECRETARIAT);
        assertThat(secretariat.getCountryCode()).isEqualTo("NL");
        for (String slug : MEMBERS) {
            MemberOrganisation member = organisations.findBySlug(slug).orElseThrow();
            assertThat(member.getKind()).isEqualTo(OrganisationKind.MEMBER);
            assertThat(member.getProfile().getPublicEmail()).endsWith(".example.org");
            assertThat(member.getProfile().getPhone()).isNull();
            assertThat(member.getProfile().getHelpline()).isNull();
            assertThat(member.getProfile().getServices()).isNotEmpty();
        }
        assertThat(organisations.findBySlug("la-strada-ukraine").orElseThrow().getProfile().getLanguages())
                .containsExactly("en", "ru", "uk");
    }

    @Test
    void seedsTheFourNetworkPagesFromTheWebsiteText() {
        assertThat(pages.findAllByOrderByPositionAscTitleAsc()).filteredOn(p -> !p.isHomeIntroduction()).extracting(p -> p.getSlug())
                .startsWith("about", "vision-and-mission", "values-and-principles", "strategic-objectives");
        NetworkPage introduction = pages.findBySlug(NetworkPage.HOME_INTRODUCTION).orElseThrow();
        assertThat(introduction.isPublished()).isTrue();
        assertThat(introduction.getBody()).contains("helpline");
        assertThat(pageVersions.findByPageIdAndLanguageOrderByNumberDesc(introduction.getId(), "en"))
                .singleElement().satisfies(first -> {
                    assertThat(first.getNumber()).isEqualTo(1);
                    assertThat(first.wasPublished()).as("the history starts with the published text").isTrue();
                });
        assertThat(pages.findBySlug("vision-and-mission").orElseThrow().getBody())
                .contains("a world without trafficking in human beings where human rights are respected");
    }

    @Test
    void seedsAnEditorAndAnOrgAdminPerMemberAndTheSecretariatAccounts() {
        Account editor = transaction.execute(s -> {
            Account a = accounts.findByUsername("poland.editor").orElseThrow();
            a.getOrganisation().getSlug();
            return a;
        });
        assertThat(editor.getRole()).isEqualTo(Role.EDITOR);
        assertThat(editor.getOrganisation().getSlug()).isEqualTo("la-strada-poland");
        assertThat(passwordEncoder.matches(properties.password(), editor.getPasswordHash())).isTrue();
        assertThat(editor.getPasswordHash()).startsWith("{bcrypt}");
        for (String slug : MEMBERS) {
            String key = slug.substring("la-strada-".length());
            assertThat(accounts.findByUsername(key + ".admin").orElseThrow().getRole()).isEqualTo(Role.ORG_ADMIN);
        }
        assertThat(accounts.findByUsername("moderator").orElseThrow().getRole()).isEqualTo(Role.MODERATOR);
        assertThat(accounts.findByUsername("admin").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void seedsPostsInSeveralStatesForEveryOrganisation() {
        MemberOrganisation poland = organisations.findBySlug("la-strada-poland").orElseThrow();
        List<Post> polish = posts.findByOrganisationId(poland.getId(), Pageable.unpaged()).getContent();
        assertThat(polish).extracting(Post::getStatus).contains(PostStatus.PUBLISHED, PostStatus.SUBMITTED, PostStatus.DRAFT,
                PostStatus.CHANGES_REQUESTED);
        assertThat(polish).extracting(Post::getTitle).contains("La Strada Poland trains frontline workers in Warsaw");
        MemberOrganisation secretariat = organisations.findBySlug("international-secretariat").orElseThrow();
        assertThat(posts.findByOrganisationId(secretariat.getId(), Pageable.unpaged()).getContent()).extracting(Post::getTitle)
                .contains("PICUM: rights-centred approach to tackle human trafficking");
    }

    @Test
    void seedsTheNetworkPagesInPolishUkrainianAndRussian() {
        List<NetworkPage> translated = pages.findAllWithTranslationsByOrderByPositionAscTitleAsc().stream()
                .filter(page -> !page.isHomeIntroduction()).toList().subList(0, 4);
        for (String language : List.of("pl", "uk", "ru")) {
            assertThat(translated).as(language).allSatisfy(page -> {
                PageInLanguage inLanguage = page.inLanguage(language);
                assertThat(inLanguage.fellBack()).isFalse();
                assertThat(inLanguage.body()).isNotBlank().doesNotContain("LSI aims to ensure");
            });
        }
        assertThat(translated).extracting(page -> page.inLanguage("pl").title())
                .containsExactly("O sieci", "Wizja i misja", "Wartości i zasady", "Cele strategiczne");
        assertThat(translated).extracting(page -> page.inLanguage("uk").title())
                .containsExactly("Про мережу", "Бачення і місія", "Цінності та принципи", "Стратегічні цілі");
        assertThat(translated).extracting(page -> page.inLanguage("ru").title())
                .containsExactly("О сети", "Видение и миссия", "Ценности и принципы", "Стратегические цели");
        assertThat(translated.get(0).inLanguage("cs").fellBack()).isTrue();
        NetworkPage introduction = pages.findWithTranslationsBySlug(NetworkPage.HOME_INTRODUCTION).orElseThrow();
        assertThat(introduction.inLanguage("uk").title()).isEqualTo("Ласкаво просимо");
        assertThat(pageVersions.findByPageIdAndLanguageOrderByNumberDesc(introduction.getId(), "uk")).hasSize(1);
    }

    @Test
    void seedsPublishedTranslationsOfSomePostsThatListsShowOnlyThroughTheirOriginal() {
        Instant now = Instant.now();
        Post picum = posts.findBySlug("picum-rights-centred-approach-to-tackle-human-trafficking").orElseThrow();
        assertThat(posts.findPublicTranslationGroup(picum.getId(), now)).extracting(PublicTranslationLink::language)
                .containsExactly("en", "pl", "ru", "uk");
        Post polish = posts.findBySlug(picum.getSlug() + "-pl").orElseThrow();
        assertThat(polish.getTitle()).isEqualTo("PICUM: przeciwdziałanie handlowi ludźmi z prawami człowieka w centrum");
        assertThat(polish.getContent().getTags()).isEqualTo(picum.getContent().getTags());
        assertThat(posts.findPublicBySlug(polish.getSlug(), now)).isPresent();

        Post ukraine = posts.findBySlug("la-strada-ukraine-calls-for-unconditional-support-for-trafficked-persons").orElseThrow();
        assertThat(posts.findPublicTranslationGroup(ukraine.getId(), now)).extracting(PublicTranslationLink::title)
                .contains("«Ла Страда-Україна» закликає до безумовної підтримки постраждалих від торгівлі людьми");

        PublicPostSelection wholeNetwork = new PublicPostSelection(null, null, null, null, null);
        assertThat(posts.findPublicIds(now, wholeNetwork, PageRequest.of(0, 1_000))).contains(picum.getId()).doesNotContain(polish.getId());
    }

    @Test
    void seedsTheProfilesOfPolandAndUkraineInTheirOwnLanguage() {
        Map<String, MemberOrganisation> active = organisations.findWithTranslationsByStatusOrderByProfileNameAsc(OrganisationStatus.ACTIVE)
                .stream().collect(Collectors.toMap(MemberOrganisation::getSlug, Function.identity()));
        ProfileInLanguage polish = active.get("la-strada-poland").profileIn("pl");
        assertThat(polish.fellBack()).isFalse();
        assertThat(polish.profile().getName()).isEqualTo("Fundacja La Strada");
        assertThat(polish.profile().getTargetGroups()).containsExactlyInAnyOrder("osoby pokrzywdzone handlem ludźmi", "osoby zagrożone wyzyskiem");
        assertThat(active.get("la-strada-ukraine").profileIn("uk").profile().getCity()).isEqualTo("Київ");
        assertThat(active.get("la-strada-bulgaria").profileIn("bg").fellBack()).isTrue();
    }

    @Test
    void seedingAgainChangesNothing() {
        long organisationCount = organisations.count();
        long accountCount = accounts.count();
        long pageCount = pages.count();
        long postCount = posts.count();
        long translationCount = translationRows();

        seeder.run(null);

        assertThat(organisations.count()).isEqualTo(organisationCount);
        assertThat(accounts.count()).isEqualTo(accountCount);
        assertThat(pages.count()).isEqualTo(pageCount);
        assertThat(posts.count()).isEqualTo(postCount);
        assertThat(translationRows()).isEqualTo(translationCount);
    }

    private long translationRows() {
        return jdbc.sql("select (select count(*) from network_page_translation) + (select count(*) from organisation_profile_translation)")
                .query(Long.class).single();
    }
}
