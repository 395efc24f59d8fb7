package org.lastrada.portal.shared.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How text is cut into searchable words: English, so "victims" finds "victim" and "trafficked" finds
 * "trafficking"; accents folded so "Chisinau" finds "Chișinău". Registered in shared-model.properties.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

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
}
