package org.lastrada.portal.shared.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.stempel.StempelFilter;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.tartarus.snowball.ext.RomanianStemmer;

/**
 * How text is cut into searchable words, one analyser per language ({@link SearchLanguage}): English, so "victims"
 * finds "victim" and "trafficked" finds "trafficking"; Lucene's Bulgarian, Czech, Dutch, Romanian and Russian
 * stemmers, Polish stemming (stempel: "handel" finds "handlu") and Ukrainian lemmas (morfologik: "торгівля" finds
 * "торгівлі"); Belarusian, Macedonian and any other language lower-cased and folded only. Accents are folded in
 * English, and Czech, Polish and Romanian words are also indexed as typed without their diacritics, so "Chisinau" finds
 * "Chișinău" and "ludzmi" finds "ludźmi". The same analysers for the embedded Lucene index and, as far as a stock
 * OpenSearch node has them, for Elasticsearch/OpenSearch (PORTAL_SEARCH_BACKEND), registered in
 * shared-model.properties. Changing an analyser changes what an index holds: give the indexes new names then (Post).
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    /** English; also the analyser of organisations' profiles, which are written in English. */
    public static final String ENGLISH = "english";
    public static final String BULGARIAN = "text_bg";
    public static final String CZECH = "text_cs";
    public static final String DUTCH = "text_nl";
    public static final String POLISH = "text_pl";
    public static final String ROMANIAN = "text_ro";
    public static final String RUSSIAN = "text_ru";
    public static final String UKRAINIAN = "text_uk";
    /** Lower-cased and accent-folded words, no stemming: Belarusian, Macedonian and languages outside the network. */
    public static final String FOLDING = "text_folded";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (String analyzer : List.of(ENGLISH, FOLDING, BULGARIAN, CZECH, DUTCH, POLISH, ROMANIAN, RUSSIAN, UKRAINIAN)) {
            context.analyzer(analyzer).instance(newAnalyzer(analyzer));
        }
        context.similarity(new LanguageFieldsBm25Similarity());
    }

    /**
     * A new instance of the named analyser: the embedded index's, and the one search results mark the query's words with
     * (each user its own instance: an analyser is closed with what owns it).
     */
    public static Analyzer newAnalyzer(String name) {
        return withGapBetweenValues(switch (name) {
            case ENGLISH -> custom(builder -> builder.withTokenizer("standard")
                    .addTokenFilter("englishPossessive").addTokenFilter("lowercase").addTokenFilter("asciiFolding")
                    .addTokenFilter("stop").addTokenFilter("porterStem"));
            case FOLDING -> custom(builder -> builder.withTokenizer("standard")
                    .addTokenFilter("lowercase").addTokenFilter("asciiFolding"));
            case BULGARIAN -> new BulgarianAnalyzer();
            case DUTCH -> new DutchAnalyzer(); // its Snowball stemmer removes diacritics itself
            case RUSSIAN -> new RussianAnalyzer();
            case UKRAINIAN -> new UkrainianMorfologikAnalyzer();
            case CZECH -> withUnaccentedForms(CzechAnalyzer.getDefaultStopSet(), CzechStemFilter::new);
            case POLISH -> withUnaccentedForms(PolishAnalyzer.getDefaultStopSet(),
                    words -> new StempelFilter(words, new StempelStemmer(PolishAnalyzer.getDefaultTable())));
            case ROMANIAN -> withUnaccentedForms(RomanianAnalyzer.getDefaultStopSet(),
                    words -> new SnowballFilter(words, new RomanianStemmer()));
            default -> throw new IllegalArgumentException("No analyser is defined as " + name);
        });
    }

    /** Positions left empty between two values of one field, so that no phrase is found across them (as OpenSearch leaves). */
    static final int GAP_BETWEEN_VALUES = 100;

    private static Analyzer withGapBetweenValues(Analyzer analyzer) {
        return new DelegatingAnalyzerWrapper(Analyzer.GLOBAL_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return analyzer;
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return GAP_BETWEEN_VALUES;
            }

            @Override
            public void close() {
                analyzer.close();
                super.close();
            }
        };
    }

    private interface Steps {
        CustomAnalyzer.Builder apply(CustomAnalyzer.Builder builder) throws IOException;
    }

    /** An analyser of Lucene's factories, by their names (as Hibernate Search's custom analysers name them). */
    private static Analyzer custom(Steps steps) {
        try {
            return steps.apply(CustomAnalyzer.builder()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's analysis factories could not be loaded", e);
        }
    }

    /**
     * Lucene's Czech, Polish or Romanian analyser (standard tokenizer, lower case, the language's stop words, its
     * stemmer), except that each word with diacritics is stemmed twice, as written and folded to ASCII, both at the
     * same position. Visitors often type without diacritics (and Romanian has two forms of ș and ț); a stemmer gives
     * other stems for other spellings, so only stemming the folded word as well makes "Chisinau" meet "Chișinău".
     */
    private static Analyzer withUnaccentedForms(CharArraySet stopWords, UnaryOperator<TokenStream> stemmer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream words = new StopFilter(new LowerCaseFilter(source), stopWords);
                words = stemmer.apply(new ASCIIFoldingFilter(words, true));
                return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(words));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in); // prefix queries ("handl*") meet the forms as written
            }
        };
    }

    /**
     * Elasticsearch/OpenSearch: the same analyser names with what a stock OpenSearch 2.19 node has built in. Polish
     * and Ukrainian stemming need plugins (analysis-stempel, analysis-ukrainian) that a stock node lacks, so there
     * their words are only lower-cased, stripped of the same stop words and (Polish) matched with or without
     * diacritics: exact word forms (docs/operations.md, "Search").
     */
    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("english_stop").type("stop").param("stopwords", "_english_");
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters("english_possessive", "lowercase", "asciifolding", "english_stop", "porter_stem");
        context.analyzer(FOLDING).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");

        context.analyzer(BULGARIAN).type("bulgarian");
        context.analyzer(DUTCH).type("dutch");
        context.analyzer(RUSSIAN).type("russian");

        context.tokenFilter("unaccented_form").type("asciifolding").param("preserve_original", true);
        context.tokenFilter("same_position_unique").type("unique").param("only_on_same_position", true);
        context.tokenFilter("czech_stop").type("stop").param("stopwords", "_czech_");
        context.tokenFilter("czech_stemmer").type("stemmer").param("language", "czech");
        context.analyzer(CZECH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "czech_stop", "unaccented_form", "czech_stemmer", "same_position_unique");
        context.tokenFilter("romanian_stop").type("stop").param("stopwords", "_romanian_");
        context.tokenFilter("romanian_stemmer").type("stemmer").param("language", "romanian");
        context.analyzer(ROMANIAN).custom().tokenizer("standard")
                .tokenFilters("lowercase", "romanian_stop", "unaccented_form", "romanian_stemmer", "same_position_unique");

        context.tokenFilter("polish_stop").type("stop").param("stopwords", words(PolishAnalyzer.getDefaultStopSet()));
        context.analyzer(POLISH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "polish_stop", "unaccented_form", "same_position_unique");
        // As Lucene's Ukrainian analyser: one apostrophe, no stress marks (mapping_uk.txt), its stop words.
        context.charFilter("ukrainian_marks").type("mapping").param("mappings", "\u2019=>'", "\u02BC=>'", "\u0301=>");
        context.tokenFilter("ukrainian_stop").type("stop")
                .param("stopwords", words(UkrainianMorfologikAnalyzer.getDefaultStopwords()));
        context.analyzer(UKRAINIAN).custom().tokenizer("standard").charFilters("ukrainian_marks")
                .tokenFilters("lowercase", "ukrainian_stop");
    }

    private static String[] words(CharArraySet set) {
        List<String> words = new ArrayList<>(set.size());
        for (Object word : set) {
            words.add(new String((char[]) word));
        }
        return words.stream().sorted().toArray(String[]::new);
    }
}
