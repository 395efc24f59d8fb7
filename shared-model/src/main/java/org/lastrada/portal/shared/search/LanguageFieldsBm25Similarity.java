package org.lastrada.portal.shared.search;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Lucene's BM25 (Hibernate Search's default) with one change for fields that only some documents have, such as one
 * language's fields ("title_pl"): a word's rarity is measured among the field's documents and up to
 * {@link #MORE_DOCUMENTS} more of the index (never more than the whole index). Among a language's few posts alone no
 * word can be rare: a name in one of two Polish posts weighed a tenth of the same name in one of seventy English posts,
 * and a Polish visitor saw the English posts first whatever their language's boost. Over the whole index, a word
 * common in English posts but found in three Romanian ones ("Chisinau") would have made those outweigh every English
 * post for an English visitor, and an English post filed as Romanian outrank the English ones for any English word.
 * Fields that (nearly) every document has, English's and organisations' profiles, are scored as by plain BM25.
 */
class LanguageFieldsBm25Similarity extends BM25Similarity {

    /** Enough documents for a word's share among them to say something; few against the tens of thousands of posts. */
    static final long MORE_DOCUMENTS = 1_000;

    @Override
    public Explanation idfExplain(CollectionStatistics collectionStats, TermStatistics termStats) {
        long documentFrequency = termStats.docFreq();
        // maxDoc: every document of the index (posts and organisations have no nested documents).
        long documents = Math.min(collectionStats.maxDoc(), collectionStats.docCount() + MORE_DOCUMENTS);
        float idf = idf(documentFrequency, documents);
        return Explanation.match(idf, "idf, computed as log(1 + (N - n + 0.5) / (n + 0.5)) from:",
                Explanation.match(documentFrequency, "n, number of documents containing term"),
                Explanation.match(documents, "N, documents with the field and up to " + MORE_DOCUMENTS
                        + " more of the index"));
    }
}
