package org.lastrada.portal.shared.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.lastrada.portal.shared.workflow.WorkflowException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A post and its translations are one group: the translations share the original's type, tags and event data, a group
 * has one live translation per language, and the public finds a translation at its own address and through its
 * original, never as a list entry of its own. On a real database (H2, MariaDB in CI).
 */
@Tag("database")
@SpringBootTest(classes = SharedModelTestApplication.class, properties = "portal.demo.enabled=true")
class PostTranslationsTest {

    @Autowired PostSteps steps;
    @Autowired PostRepository posts;
    @Autowired PostRevisionRepository revisions;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;

    private MemberOrganisation member;
    private Actor editor;
    private final Actor moderator = Fixtures.actor(Role.MODERATOR, null);

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
    void aTranslationTakesItsOriginalsTypeTagsAndEventDataAndKeepsItsOwnText() {
        Post original = steps.createDraft(member.getId(), event("Round table on labour exploitation"), null);
        PostContent translated = Fixtures.content("Okrągły stół o wyzysku w pracy");
        translated.setLanguage("pl");
        translated.setSummary("Spotkanie związków zawodowych, pracodawców i organizacji pozarządowych.");
        translated.setTags(Set.of("inny-tag"));

        Post translation = transaction.execute(status -> {
            Post loaded = posts.findById(original.getId()).orElseThrow();
            return posts.save(loaded.translate(editor, Fixtures.uniqueSlug("okragly-stol"), translated, Instant.now()));
        });

        PostContent content = posts.findById(translation.getId()).orElseThrow().getContent();
        assertThat(content.getType()).isEqualTo(PostType.EVENT);
        assertThat(content.getTags()).containsExactly("conference", "labour-exploitation");
        assertThat(content.getEventStart()).isEqualTo(LocalDateTime.of(2027, 3, 1, 10, 0));
        assertThat(content.getEventLocation()).isEqualTo("Warsaw");
        assertThat(content.getEventTimeZone()).isEqualTo("Europe/Warsaw");
        assertThat(content.getTitle()).isEqualTo("Okrągły stół o wyzysku w pracy");
        assertThat(content.getLanguage()).isEqualTo("pl");
        assertThat(tagRows(translation)).containsExactlyInAnyOrder("conference", "labour-exploitation");
        assertThat(translation.getStatus()).isEqualTo(PostStatus.DRAFT);
        assertThat(translation.getOriginalId()).isEqualTo(original.getId());
    }

    @Test
    void theOriginalsChangesReachItsTranslationsWhichCannotChangeTheSharedDataOrTheirLanguage() {
        Post original = steps.createDraft(member.getId(), event("Round table"), null);
        Post translation = steps.translate(original.getId(), "pl", "Okrągły stół");

        PostContent changed = original.getContent().copy();
        changed.setTags(Set.of("conference", "trade-unions"));
        changed.setEventStart(LocalDateTime.of(2027, 3, 8, 9, 30));
        changed.setEventLocation("Kraków");
        steps.edit(original.getId(), changed);

        Post followed = posts.findById(translation.getId()).orElseThrow();
        assertThat(followed.getContent().getTags()).containsExactly("conference", "trade-unions");
        assertThat(followed.getContent().getEventStart()).isEqualTo(LocalDateTime.of(2027, 3, 8, 9, 30));
        assertThat(followed.getContent().getEventLocation()).isEqualTo("Kraków");
        assertThat(followed.getTitle()).as("its own text stays its own").isEqualTo("Okrągły stół");
        assertThat(tagRows(followed)).containsExactlyInAnyOrder("conference", "trade-unions");

        PostContent ownEdit = followed.getContent().copy();
        ownEdit.setTitle("Okrągły stół w Krakowie");
        ownEdit.setType(PostType.NEWS);
        ownEdit.setTags(Set.of("elsewhere"));
        steps.edit(translation.getId(), ownEdit);
        Post edited = posts.findById(translation.getId()).orElseThrow();
        assertThat(edited.getTitle()).isEqualTo("Okrągły stół w Krakowie");
        assertThat(edited.getType()).isEqualTo(PostType.EVENT);
        assertThat(edited.getContent().getTags()).containsExactly("conference", "trade-unions");

        PostContent otherLanguage = edited.getContent().copy();
        otherLanguage.setLanguage("uk");
        assertThatThrownBy(() -> steps.edit(translation.getId(), otherLanguage))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("stays in its language");
        PostContent originalInPolish = posts.findById(original.getId()).orElseThrow().getContent().copy();
        originalInPolish.setLanguage("pl");
        assertThatThrownBy(() -> steps.edit(original.getId(), originalInPolish))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already has a translation in Polish: the original cannot");
        assertThat(posts.findById(translation.getId()).orElseThrow().getContent().getLanguage()).isEqualTo("pl");
        assertThat(posts.findById(original.getId()).orElseThrow().getContent().getLanguage()).isEqualTo("en");
    }

    @Test
    void anApprovedChangeOfAPublishedOriginalReachesItsTranslations() {
        Post original = publish(steps.createDraft(member.getId(), Fixtures.content("Helpline report"), null));
        Post translation = publish(steps.translate(original.getId(), "uk", "Звіт гарячої лінії"));
        long versionBefore = translation.getVersion();

        PostContent changed = original.getContent().copy();
        changed.setTags(Set.of("helpline", "report"));
        PostRevision revision = transaction.execute(status -> revisions.save(
                new PostRevision(posts.findById(original.getId()).orElseThrow(), changed, editor, Instant.now())));
        steps.performOnRevision(revision.getId(), WorkflowAction.SUBMIT, null);
        Fixtures.signIn(moderator);
        steps.performOnRevision(revision.getId(), WorkflowAction.APPROVE, null);

        Post followed = posts.findById(translation.getId()).orElseThrow();
        assertThat(followed.getContent().getTags()).containsExactly("helpline", "report");
        assertThat(followed.getVersion()).as("a feed's kept entry of it is stale now").isGreaterThan(versionBefore);
        assertThat(followed.getStatus()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void aGroupHasOneLiveTranslationPerLanguageNeverInTheOriginalsLanguageAndOnlyInNetworkLanguages() {
        Post original = steps.createDraft(member.getId(), Fixtures.content("Annual figures"), null);
        Post polish = steps.translate(original.getId(), "pl", "Dane roczne");

        assertThatThrownBy(() -> steps.translate(original.getId(), "pl", "Dane roczne, raz jeszcze"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already has a translation in Polish: “Dane roczne”");
        assertThatThrownBy(() -> steps.translate(polish.getId(), "pl", "Przez tłumaczenie"))
                .as("a translation of a translation is one of the original's").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> steps.translate(original.getId(), "en", "Annual figures again"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is written in English");
        for (String unknown : List.of("de", "xx", "PL", "")) {
            assertThatThrownBy(() -> steps.translate(original.getId(), unknown, "Jahreszahlen"))
                    .as(unknown).isInstanceOf(InvalidInputException.class).hasMessageContaining("not one of the network’s languages");
        }
        assertThat(posts.findTranslationsOf(original.getId())).extracting(TranslationGroupMember::language).containsExactly("pl");

        Post ukrainian = steps.translate(polish.getId(), "uk", "Річні дані");
        assertThat(ukrainian.getOriginalId()).as("a translation of a translation translates the original").isEqualTo(original.getId());

        // A rejected translation leaves its language free for a new one.
        steps.perform(polish.getId(), WorkflowAction.SUBMIT, null);
        Fixtures.signIn(moderator);
        steps.perform(polish.getId(), WorkflowAction.REJECT, "Not a translation of the original.");
        Fixtures.signIn(editor);
        Post secondPolish = steps.translate(original.getId(), "pl", "Dane roczne 2026");
        assertThat(posts.findTranslationsOf(original.getId())).extracting(m -> m.language() + ":" + m.status())
                .containsExactlyInAnyOrder("pl:REJECTED", "pl:DRAFT", "uk:DRAFT");
        assertThat(secondPolish.getOriginalId()).isEqualTo(original.getId());
    }

    @Test
    void theDatabaseRefusesASecondLiveTranslationInALanguageToo() {
        Post original = steps.createDraft(member.getId(), Fixtures.content("Statement"), null);
        steps.translate(original.getId(), "pl", "Oświadczenie");
        Post ukrainian = steps.translate(original.getId(), "uk", "Заява");

        assertThatThrownBy(() -> jdbc.sql("update post set language = 'pl' where id = :id").param("id", ukrainian.getId()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(posts.findById(ukrainian.getId()).orElseThrow().getContent().getLanguage()).isEqualTo("uk");
    }

    @Test
    void rejectedAndArchivedOriginalsTakeNoNewTranslations() {
        Post original = steps.createDraft(member.getId(), Fixtures.content("Rejected one"), null);
        steps.perform(original.getId(), WorkflowAction.SUBMIT, null);
        Fixtures.signIn(moderator);
        steps.perform(original.getId(), WorkflowAction.REJECT, "Off topic.");
        Fixtures.signIn(editor);

        assertThatThrownBy(() -> steps.translate(original.getId(), "pl", "Odrzucony"))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("takes no new translations");
        assertThat(posts.findTranslationsOf(original.getId())).isEmpty();
    }

    @Test
    void translationsAreTheirOwnPublicPagesButListsCountAndShowOnlyTheirOriginal() {
        Post original = publish(steps.createDraft(member.getId(), Fixtures.content("Training for labour inspectors"), null));
        Post translation = publish(steps.translate(original.getId(), "pl", "Szkolenie dla inspektorów pracy"));
        Instant now = Instant.now();
        PublicPostSelection wholeNetwork = new PublicPostSelection(null, null, null, null, null);
        PublicPostSelection ofTheMember = new PublicPostSelection(List.of(member.getId()), null, null, null, null);
        PublicPostSelection tagged = new PublicPostSelection(null, null, null, null, "prevention");
        PublicPostSelection inPolish = new PublicPostSelection(null, null, null, "pl", null);

        for (PublicPostSelection selection : List.of(wholeNetwork, ofTheMember, tagged)) {
            List<Long> ids = posts.findPublicIds(now, selection, PageRequest.of(0, 1_000));
            assertThat(ids).as("%s", selection).contains(original.getId()).doesNotContain(translation.getId());
            assertThat(posts.findPublicIdsNextTo(now, selection, new PostListKey(now.plusSeconds(60), Long.MAX_VALUE), true, 1_000))
                    .as("%s", selection).contains(original.getId()).doesNotContain(translation.getId());
        }
        assertThat(posts.countPublic(now, ofTheMember)).isEqualTo(1);
        assertThat(posts.findPublicIds(now, inPolish, PageRequest.of(0, 1_000))).doesNotContain(translation.getId());
        assertThat(posts.findPublicLanguages(now)).as("the originals' languages")
                .extracting(PostRepository.OrganisationLanguage::language).doesNotContain("pl");

        assertThat(posts.findPublicBySlug(translation.getSlug(), now)).as("its own page").isPresent();
        assertThat(posts.findPublicAddresses(now, ofTheMember, PageRequest.of(0, 10))).extracting(PublicPostAddress::slug)
                .as("the sitemap lists every public page").containsExactlyInAnyOrder(original.getSlug(), translation.getSlug());
    }

    @Test
    void aListInALanguageShowsEachEntrysPublicTranslationInItElseTheOriginal() {
        Post translatedPost = publish(steps.createDraft(member.getId(), Fixtures.content("Shelter opens"), null));
        Post polish = publish(steps.translate(translatedPost.getId(), "pl", "Otwarcie schroniska"));
        steps.translate(translatedPost.getId(), "uk", "Відкриття притулку");
        Post untranslated = publish(steps.createDraft(member.getId(), Fixtures.content("Helpline hours"), null));
        Instant now = Instant.now();
        List<PublicPostCard> cards = posts.findCardsByIdIn(List.of(translatedPost.getId(), untranslated.getId())).stream()
                .sorted((a, b) -> Long.compare(a.id(), b.id())).toList();

        List<LocalisedPostCard> inPolish = posts.inLanguage(cards, "pl", now);
        assertThat(inPolish).extracting(c -> c.shown().slug()).containsExactly(polish.getSlug(), untranslated.getSlug());
        assertThat(inPolish).extracting(LocalisedPostCard::translated).containsExactly(true, false);
        assertThat(inPolish).extracting(LocalisedPostCard::inRequestedLanguage).containsExactly(true, false);
        assertThat(inPolish.get(0).shown().title()).isEqualTo("Otwarcie schroniska");
        assertThat(inPolish.get(0).listKey()).as("its place in the list is the original's").isEqualTo(PostListKey.of(cards.get(0)));
        assertThat(inPolish.get(1).shown().language()).isEqualTo("en");

        assertThat(posts.inLanguage(cards, "uk", now)).as("a draft translation is not public")
                .extracting(c -> c.shown().slug()).containsExactly(translatedPost.getSlug(), untranslated.getSlug());
        assertThat(posts.inLanguage(cards, "en", now)).extracting(LocalisedPostCard::shown).containsExactlyElementsOf(cards);
    }

    @Test
    void aPostPageLinksTheGroupsPublicPostsOnlyWhileTheOrganisationIsActive() {
        Post original = publish(steps.createDraft(member.getId(), Fixtures.content("Statement on the new law"), null));
        Post polish = publish(steps.translate(original.getId(), "pl", "Oświadczenie w sprawie nowej ustawy"));
        Post ukrainian = steps.translate(original.getId(), "uk", "Заява щодо нового закону");
        steps.perform(ukrainian.getId(), WorkflowAction.SUBMIT, null);
        Post russian = steps.translate(original.getId(), "ru", "Заявление о новом законе");
        transaction.executeWithoutResult(status -> posts.findById(russian.getId()).orElseThrow()
                .setPublishAt(Instant.now().plus(Duration.ofDays(2))));
        publish(russian);

        assertThat(posts.findPublicTranslationGroup(original.getId(), Instant.now()))
                .extracting(l -> l.language() + ":" + l.slug() + ":" + l.original())
                .containsExactly("en:" + original.getSlug() + ":true", "pl:" + polish.getSlug() + ":false");
        assertThat(posts.findPublicTranslationGroup(original.getId(), Instant.now().plus(Duration.ofDays(3))))
                .as("once the embargo is over").extracting(PublicTranslationLink::language).containsExactly("en", "pl", "ru");

        transaction.executeWithoutResult(status -> organisations.findById(member.getId()).orElseThrow()
                .changeStatus(OrganisationStatus.SUSPENDED, Instant.now()));
        assertThat(posts.findPublicTranslationGroup(original.getId(), Instant.now())).isEmpty();
    }

    @Test
    void theWorkspaceSeesTheWholeGroupInAnyStateOriginalFirst() {
        Post original = publish(steps.createDraft(member.getId(), Fixtures.content("Campaign launch"), null));
        Post ukrainian = steps.translate(original.getId(), "uk", "Запуск кампанії");
        publish(steps.translate(original.getId(), "pl", "Start kampanii"));

        List<TranslationGroupMember> group = transaction.execute(status ->
                posts.findTranslationGroup(posts.findById(ukrainian.getId()).orElseThrow()));
        assertThat(group).extracting(m -> m.language() + ":" + m.status() + ":" + m.original())
                .containsExactly("en:PUBLISHED:true", "pl:PUBLISHED:false", "uk:DRAFT:false");
    }

    /** Submitted by the member's editor and approved by a moderator. */
    private Post publish(Post post) {
        Fixtures.signIn(editor);
        steps.perform(post.getId(), WorkflowAction.SUBMIT, null);
        Fixtures.signIn(moderator);
        Post published = steps.perform(post.getId(), WorkflowAction.APPROVE, null);
        Fixtures.signIn(editor);
        return published;
    }

    private static PostContent event(String title) {
        PostContent content = Fixtures.content(title);
        content.setType(PostType.EVENT);
        content.setTags(Set.of("conference", "labour-exploitation"));
        content.setEventStart(LocalDateTime.of(2027, 3, 1, 10, 0));
        content.setEventLocation("Warsaw");
        content.setEventTimeZone("Europe/Warsaw");
        return content;
    }

    private List<String> tagRows(Post post) {
        return jdbc.sql("select tag from post_tag where post_id = :id").param("id", post.getId()).query(String.class).list();
    }
}
