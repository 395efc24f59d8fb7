package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.searchindex.SearchIndex;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Search in every network language through the public search service: each post is found by the inflected forms of
 * its own language (Polish, Ukrainian, Russian, Bulgarian), by Cyrillic words in Belarusian and Macedonian, whatever
 * the site's language; the site's language puts its posts first among similar matches; English keeps its stemming.
 * CI runs it on the embedded index and again on a real OpenSearch 2.19 node (PORTAL_SEARCH_BACKEND=elasticsearch), where
 * the differences docs/operations.md names are asserted instead: a stock node has no Polish or Ukrainian stemmer (their
 * posts are found by the forms they use), and it ranks by the rarity of words among a language's posts only.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // as SearchIT: one application context
@ActiveProfiles("test")
class MultilingualSearchIT {

    @Autowired PublicSearch search;
    @Autowired PostSteps postSteps;
    @Autowired AccountRepository accounts;
    @Autowired SearchIndex searchIndex;
    @Autowired EntityManagerFactory entityManagerFactory;

    private final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private Actor editor;
    private Actor moderator;

    @BeforeEach
    void waitForTheIndex() throws Exception {
        searchIndex.rebuilt().get(5, TimeUnit.MINUTES);
        editor = accounts.findByUsername("moldova.editor").orElseThrow().asActor();
        moderator = accounts.findByUsername("moderator").orElseThrow().asActor();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPolishQueryFindsPolishInflectionsWhateverTheSiteLanguageAndMarksThem() {
        Post polish = publish("pl", "Pomoc dla ofiar handlu ludźmi", "Schronisko przyjęło w tym roku ofiary handlu ludźmi.");
        // Another form of the words on the embedded index (stempel); the post's own forms on OpenSearch.
        String query = embeddedIndex() ? "handel ludźmi" : "handlu ludźmi";

        for (NetworkLanguage site : List.of(NetworkLanguage.POLISH, NetworkLanguage.ENGLISH, NetworkLanguage.UKRAINIAN)) {
            PublicSearch.Results results = search.search(query, 1, 10, site);
            assertThat(slugs(results)).as("under " + site).contains(polish.getSlug());
        }
        PublicSearch.PostHit hit = hit(search.search(query, 1, 10, NetworkLanguage.POLISH), polish);
        assertThat(hit.titleHtml()).contains("<mark>handlu</mark>", "<mark>ludźmi</mark>");
        assertThat(hit.snippetHtml()).contains("<mark>handlu</mark>");
        // Typed without Polish letters, as on many phones.
        assertThat(slugs(search.search(query.replace('ź', 'z'), 1, 10, NetworkLanguage.POLISH))).contains(polish.getSlug());
        if (embeddedIndex()) {
            assertThat(slugs(search.search("handel", 1, 10, NetworkLanguage.ENGLISH))).contains(polish.getSlug());
        } else {
            assertThat(slugs(search.search("handel", 1, 10, NetworkLanguage.ENGLISH))).as("no Polish stemmer on a stock node")
                    .doesNotContain(polish.getSlug());
        }
        // Words that are in no form in the post still leave it out.
        assertThat(slugs(search.search(query.split(" ")[0] + " bronią", 1, 10, NetworkLanguage.POLISH)))
                .doesNotContain(polish.getSlug());
    }

    @Test
    void memberProfilesAreFoundByTheWordsOfTheirTranslationsInflectedAndShownInTheSiteLanguage() {
        // The demo's approved Polish profile of La Strada Poland: "Fundacja La Strada", "Warszawa".
        String polishWord = embeddedIndex() ? "fundacji" : "fundacja";
        PublicSearch.MemberHit polish = member(search.search(polishWord, 1, 10, NetworkLanguage.POLISH), "la-strada-poland");
        assertThat(polish.language()).isEqualTo("pl");
        assertThat(polish.nameHtml()).contains("<mark>Fundacja</mark>");
        assertThat(polish.profile().getCity()).isEqualTo("Warszawa");
        // The same words on the English site find the organisation too, shown as the English site shows it.
        PublicSearch.MemberHit english = member(search.search(polishWord, 1, 10, NetworkLanguage.ENGLISH), "la-strada-poland");
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.nameHtml()).doesNotContain("Fundacja");
        // Ukrainian: "у Києві" is the profile's "Київ" (on the embedded index; OpenSearch finds the form itself).
        PublicSearch.MemberHit ukrainian = member(search.search(embeddedIndex() ? "Києві" : "Київ", 1, 10,
                NetworkLanguage.UKRAINIAN), "la-strada-ukraine");
        assertThat(ukrainian.profile().getName()).isEqualTo("«Ла Страда-Україна»");
        // Every word must be in one language's text: a word in no form in the profile leaves it out.
        assertThat(search.search(polishWord + " bronią", 1, 10, NetworkLanguage.POLISH).members()).isEmpty();
    }

    private static PublicSearch.MemberHit member(PublicSearch.Results results, String slug) {
        assertThat(results.members()).extracting(hit -> hit.organisation().getSlug()).contains(slug);
        return results.members().stream().filter(hit -> hit.organisation().getSlug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void ukrainianRussianAndBulgarianQueriesFindTheirInflectedForms() {
        Post ukrainian = publish("uk", "Протидія торгівлі людьми", "Гаряча лінія з питань протидії торгівлі людьми працює цілодобово.");
        Post russian = publish("ru", "Противодействие торговли людьми", "Горячая линия по вопросам торговли людьми.");
        Post bulgarian = publish("bg", "Превенция на трафика на хората", "Национална кампания срещу трафика на хората.");

        // Ukrainian lemmas on the embedded index (morfologik); the post's own forms on OpenSearch.
        String ukrainianQuery = embeddedIndex() ? "торгівля людьми" : "торгівлі людьми";
        assertThat(slugs(search.search(ukrainianQuery, 1, 10, NetworkLanguage.UKRAINIAN)))
                .contains(ukrainian.getSlug()).doesNotContain(russian.getSlug());
        if (embeddedIndex()) {
            assertThat(slugs(search.search("торгівля", 1, 10, NetworkLanguage.UKRAINIAN))).contains(ukrainian.getSlug());
        } else {
            assertThat(slugs(search.search("торгівля", 1, 10, NetworkLanguage.UKRAINIAN))).as("no Ukrainian lemmas on a stock node")
                    .doesNotContain(ukrainian.getSlug());
        }
        assertThat(slugs(search.search("торговля людьми", 1, 10, NetworkLanguage.RUSSIAN)))
                .contains(russian.getSlug()).doesNotContain(ukrainian.getSlug());
        // "на" is a Bulgarian stop word: the post has no "на" in its index, yet every word of the query matches it.
        PublicSearch.Results bulgarianResults = search.search("трафик на хора", 1, 10, NetworkLanguage.BULGARIAN);
        assertThat(slugs(bulgarianResults)).contains(bulgarian.getSlug());
        assertThat(hit(bulgarianResults, bulgarian).titleHtml()).contains("<mark>трафика</mark>", "<mark>хората</mark>");
        // Found from the English site too: the visitor's words decide, not the address.
        assertThat(slugs(search.search(ukrainianQuery, 1, 10, NetworkLanguage.ENGLISH))).contains(ukrainian.getSlug());
    }

    @Test
    void cyrillicQueriesFindBelarusianAndMacedonianTextsAndOtherLanguagesAreFoldedOnly() {
        Post belarusian = publish("be", "Гандаль людзьмі: дапамога " + marker, "Бясплатная гарачая лінія.");
        Post macedonian = publish("mk", "Трговија со луѓе " + marker, "Бесплатна линија за помош.");
        Post german = publish("de", "Beratung in München " + marker, "Hilfe für Betroffene.");

        assertThat(slugs(search.search("гандаль " + marker, 1, 10, NetworkLanguage.BELARUSIAN))).containsExactly(belarusian.getSlug());
        assertThat(slugs(search.search("ТРГОВИЈА луѓе", 1, 10, NetworkLanguage.MACEDONIAN))).contains(macedonian.getSlug());
        assertThat(slugs(search.search("munchen " + marker, 1, 10, NetworkLanguage.ENGLISH))).containsExactly(german.getSlug());
    }

    @Test
    void theSameQueryRanksPostsInTheSiteLanguageFirst() {
        Post english = publish("en", "GRETA report " + marker, "The evaluation of the network's country.");
        Post polish = publish("pl", "Raport GRETA " + marker, "Ocena kraju sieci.");

        assertThat(slugs(search.search("GRETA " + marker, 1, 10, NetworkLanguage.POLISH)))
                .containsExactly(polish.getSlug(), english.getSlug());
        assertThat(slugs(search.search("GRETA " + marker, 1, 10, NetworkLanguage.ENGLISH)))
                .containsExactly(english.getSlug(), polish.getSlug());
        assertThat(slugs(search.search("GRETA " + marker, 1, 10))).as("the English site's call")
                .containsExactly(english.getSlug(), polish.getSlug());
        // One word is looked for in one query over every language's fields: the same preference.
        assertThat(slugs(search.search(marker, 1, 10, NetworkLanguage.POLISH))).containsExactly(polish.getSlug(), english.getSlug());
        assertThat(slugs(search.search(marker, 1, 10, NetworkLanguage.ENGLISH))).containsExactly(english.getSlug(), polish.getSlug());
    }

    @Test
    void englishAndRomanianKeepTheirStemmingAndFindWordsTypedWithoutDiacritics() {
        Post english = publish("en", "Helpline for trafficked persons " + marker, "Calls from victims in Chișinău.");
        Post romanian = publish("ro", "Traficul de persoane " + marker, "Linia fierbinte din Chișinău pentru victimele traficului.");

        assertThat(slugs(search.search("trafficking victim " + marker, 1, 10, NetworkLanguage.ROMANIAN)))
                .containsExactly(english.getSlug());
        assertThat(slugs(search.search("trafic victime " + marker, 1, 10, NetworkLanguage.ROMANIAN)))
                .containsExactly(romanian.getSlug());
        List<String> chisinau = slugs(search.search("Chisinau " + marker, 1, 10, NetworkLanguage.ROMANIAN));
        if (embeddedIndex()) {
            assertThat(chisinau).containsExactly(romanian.getSlug(), english.getSlug());
        } else {
            // OpenSearch weighs the word by its rarity among each language's posts alone: both found, in either order.
            assertThat(chisinau).containsExactlyInAnyOrder(romanian.getSlug(), english.getSlug());
        }
    }

    /** The embedded Lucene index (the default), rather than an Elasticsearch/OpenSearch cluster. */
    private boolean embeddedIndex() {
        try {
            return Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class) != null;
        } catch (SearchException elasticsearch) {
            return false;
        }
    }

    private static List<String> slugs(PublicSearch.Results results) {
        return results.posts().stream().map(hit -> hit.post().slug()).toList();
    }

    private static PublicSearch.PostHit hit(PublicSearch.Results results, Post post) {
        return results.posts().stream().filter(hit -> hit.post().id().equals(post.getId())).findFirst().orElseThrow();
    }

    private Post publish(String language, String title, String body) {
        PostContent content = new PostContent(PostType.NEWS, title, language);
        content.setBody(body);
        Post draft = as(editor, () -> postSteps.createDraft(editor.organisationId(), content, null));
        as(editor, () -> postSteps.perform(draft.getId(), WorkflowAction.SUBMIT, null));
        return as(moderator, () -> postSteps.perform(draft.getId(), WorkflowAction.APPROVE, null));
    }

    private static <T> T as(Actor actor, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                List.of(new SimpleGrantedAuthority(actor.role().authority()))));
        return action.get();
    }
}
