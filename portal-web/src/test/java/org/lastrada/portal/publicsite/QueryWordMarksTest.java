package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.search.SearchAnalysis;

class QueryWordMarksTest {

    private static final Analyzer ENGLISH = SearchAnalysis.newAnalyzer(SearchAnalysis.ENGLISH);
    private static final Analyzer POLISH = SearchAnalysis.newAnalyzer(SearchAnalysis.POLISH);

    @AfterAll
    static void close() {
        ENGLISH.close();
        POLISH.close();
    }

    private static QueryWordMarks marks(String query, Analyzer analyzer) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of("text_en", 1f), -1);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return new QueryWordMarks(parser.parse(query), analyzer);
    }

    @Test
    void marksEveryFormOfTheWordsAsTheLanguageAnalysesThemAndEscapesTheRest() {
        assertThat(marks("victim shelter", ENGLISH).markAll("Victims <b>& a shelter's</b> doors"))
                .isEqualTo("<mark>Victims</mark> &lt;b&gt;&amp; a <mark>shelter&#39;s</mark>&lt;/b&gt; doors");
        assertThat(marks("handel ludźmi", POLISH).markAll("Przeciw handlu ludzmi w Polsce"))
                .isEqualTo("Przeciw <mark>handlu</mark> <mark>ludzmi</mark> w Polsce");
    }

    @Test
    void excludedWordsAreNotMarkedAndAPrefixMarksTheWordsItMatches() {
        assertThat(marks("shelter -children", ENGLISH).markAll("A shelter for children")).isEqualTo("A <mark>shelter</mark> for children");
        assertThat(marks("exploit*", ENGLISH).markAll("Exploitation and exploiters, not abuse"))
                .isEqualTo("<mark>Exploitation</mark> and <mark>exploiters</mark>, not abuse");
    }

    @Test
    void aTextWithoutTheWordsHasNoMarks() {
        assertThat(marks("asylum", ENGLISH).markAll("A shelter for children")).isNull();
        assertThat(marks("asylum", ENGLISH).fragment("A shelter for children", 200)).isNull();
        assertThat(marks("asylum", ENGLISH).fragment(null, 200)).isNull();
    }

    @Test
    void aFragmentIsWhereMostOfTheWordsAreCutBetweenWords() {
        String filler = "The network met partners to talk about prevention. ".repeat(8);
        String text = "Shelter news. " + filler + "Our shelter opened for victims of labour exploitation. " + filler;
        String fragment = marks("shelter victims", ENGLISH).fragment(text, 120);

        assertThat(fragment).contains("<mark>shelter</mark> opened for <mark>victims</mark>").doesNotContain("Shelter news");
        String plain = fragment.replaceAll("</?mark>", "");
        assertThat(plain.length()).isLessThanOrEqualTo(120);
        assertThat(text).contains(plain);
        assertThat(text.charAt(text.indexOf(plain) - 1)).as("starts at a word").isEqualTo(' ');
        // A text that fits is quoted whole.
        assertThat(marks("shelter", ENGLISH).fragment("A new shelter.", 120)).isEqualTo("A new <mark>shelter</mark>.");
    }

    @Test
    void aFragmentCountsTheQuerysWordsNotTheirFormsAndMarksEveryOneInIt() {
        String filler = "The network met partners to talk about prevention. ".repeat(4);
        // Two forms of one word first, then both words of the query: the second place is the fragment.
        String text = "Victims and victim support. " + filler + "A shelter for victims, a shelter for all. " + filler + "Shelter.";
        String fragment = marks("victim shelter", ENGLISH).fragment(text, 80);

        assertThat(fragment).contains("A <mark>shelter</mark> for <mark>victims</mark>, a <mark>shelter</mark> for all.")
                .doesNotContain("support");
    }
}
