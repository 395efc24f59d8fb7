package org.lastrada.portal.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.i18n.NetworkLanguage;

/**
 * Each language's analyser gives a word's inflected forms the same index terms, so a query in one form finds a text in
 * another; Czech, Polish and Romanian words also meet their spelling without diacritics. (Behaviour through the public
 * search, English and the folded languages included: MultilingualSearchIT in portal-web.)
 */
class SearchAnalysisTest {

    @Test
    void polishFindsInflectedFormsWithOrWithoutDiacritics() {
        assertSameWords(SearchAnalysis.POLISH, "handel ludźmi", "handlu ludźmi");
        assertSameWords(SearchAnalysis.POLISH, "ofiary", "ofiarom");
        assertMeets(SearchAnalysis.POLISH, "handel ludzmi", "handlu ludźmi");
        assertThat(words(SearchAnalysis.POLISH, "handlu w Polsce")).as("a stop word is left out").doesNotContain("w");
    }

    @Test
    void ukrainianFindsInflectedFormsByTheirLemma() {
        assertSameWords(SearchAnalysis.UKRAINIAN, "торгівля людьми", "торгівлі людьми");
        assertSameWords(SearchAnalysis.UKRAINIAN, "жертви", "жертвам");
        assertMeets(SearchAnalysis.UKRAINIAN, "м’ясо", "м'ясо"); // either apostrophe
    }

    @Test
    void russianAndBulgarianFindInflectedForms() {
        assertSameWords(SearchAnalysis.RUSSIAN, "торговля людьми", "торговли людьми");
        assertSameWords(SearchAnalysis.BULGARIAN, "трафик на хора", "трафика на хората");
    }

    @Test
    void czechRomanianAndDutchFindInflectedFormsAndCzechAndRomanianMeetWordsTypedWithoutDiacritics() {
        assertSameWords(SearchAnalysis.CZECH, "obchod s lidmi", "obchodu s lidmi");
        assertMeets(SearchAnalysis.CZECH, "Plzen", "Plzeň");
        assertSameWords(SearchAnalysis.ROMANIAN, "traficul de persoane", "trafic de persoane");
        // Typed without diacritics, and ș written with a cedilla (ş) as older keyboards do.
        assertMeets(SearchAnalysis.ROMANIAN, "Chisinau", "Chișinău");
        assertMeets(SearchAnalysis.ROMANIAN, "Chişinău", "Chișinău");
        assertSameWords(SearchAnalysis.DUTCH, "slachtoffers", "slachtoffer");
    }

    @Test
    void everyLanguageHasFieldsOfItsOwnAndOtherLanguagesShareOne() {
        assertThat(SearchLanguage.ofCode("pl")).isEqualTo(SearchLanguage.POLISH);
        assertThat(SearchLanguage.ofCode("de")).isEqualTo(SearchLanguage.OTHER);
        assertThat(SearchLanguage.ofCode(null)).isEqualTo(SearchLanguage.OTHER);
        assertThat(SearchLanguage.POLISH.field("title")).isEqualTo("title_pl");
        assertThat(SearchLanguage.OTHER.field("title")).isEqualTo("title_other");
        for (NetworkLanguage language : NetworkLanguage.values()) {
            assertThat(SearchLanguage.of(language).networkLanguage()).contains(language);
        }
        assertThat(Arrays.stream(SearchLanguage.values()).map(language -> language.field("title")).distinct())
                .hasSize(SearchLanguage.values().length);
    }

    /** Lucene's modules are released together: stempel or morfologik of another release than lucene-core may break. */
    @Test
    void theLanguageModulesAreOfTheLuceneThatHibernateSearchUses() {
        String core = Version.LATEST.toString();
        assertThat(StempelStemmer.class.getPackage().getSpecificationVersion()).isEqualTo(core);
        assertThat(UkrainianMorfologikAnalyzer.class.getPackage().getSpecificationVersion()).isEqualTo(core);
    }

    private static void assertSameWords(String analyzer, String query, String text) {
        assertThat(words(analyzer, query)).as(query + " / " + text).isEqualTo(words(analyzer, text)).isNotEmpty();
    }

    /** Every word of the query meets one of the text's terms at that position (as a search would find it). */
    private static void assertMeets(String analyzer, String query, String text) {
        List<Set<String>> queryPositions = positions(analyzer, query);
        List<Set<String>> textPositions = positions(analyzer, text);
        assertThat(queryPositions).as(query + " / " + text).hasSameSizeAs(textPositions).isNotEmpty();
        for (int i = 0; i < queryPositions.size(); i++) {
            assertThat(queryPositions.get(i)).as(query + " / " + text + ": " + queryPositions + " " + textPositions)
                    .containsAnyElementsOf(textPositions.get(i));
        }
    }

    private static List<String> words(String analyzer, String text) {
        return positions(analyzer, text).stream().map(terms -> terms.iterator().next()).toList();
    }

    /** The terms at each position: a word with diacritics may have two (as written, and folded). */
    private static List<Set<String>> positions(String analyzerName, String text) {
        List<Set<String>> positions = new ArrayList<>();
        try (Analyzer analyzer = SearchAnalysis.newAnalyzer(analyzerName);
             TokenStream stream = analyzer.tokenStream("field", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
                    positions.add(new LinkedHashSet<>());
                }
                positions.get(positions.size() - 1).add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return positions;
    }
}
