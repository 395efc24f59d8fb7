package org.lastrada.portal.shared.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How text is cut into searchable words: English, so "victims" finds "victim" and "trafficked" finds
 * "trafficking"; accents folded so "Chisinau" finds "Chișinău". The same analysis for the embedded Lucene
 * index and for Elasticsearch/OpenSearch (PORTAL_SEARCH_BACKEND), registered in shared-model.properties.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    /** The analyzer of every full-text field. */
    public static final String ENGLISH = "english";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("english_stop").type("stop").param("stopwords", "_english_");
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters("english_possessive", "lowercase", "asciifolding", "english_stop", "porter_stem");
    }
}
