package org.lastrada.portal.shared.search;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Lucene's BM25 (Hibernate Search's default), except that a word's rarity is measured against every document of the
 * index rather than only those having the field. Each language's text has fields of its own ("title_pl"), so a
 * field's documents are one language's posts: by the field alone, a name in one of twenty Polish posts would weigh
 * far less than the same name in one of 80,000 English ones, and Polish posts would rank low even for a Polish
 * visitor. Counted over the whole index, a word weighs what it weighed when every post shared one field.
 */
class WholeIndexBm25Similarity extends BM25Similarity {

    @Override
    public Explanation idfExplain(CollectionStatistics collectionStats, TermStatistics termStats) {
        long documentFrequency = termStats.docFreq();
        // maxDoc: all documents of the index (posts have no nested documents), with or without this field.
        long documents = collectionStats.maxDoc();
        float idf = idf(documentFrequency, documents);
        return Explanation.match(idf, "idf, computed as log(1 + (N - n + 0.5) / (n + 0.5)) from:",
                Explanation.match(documentFrequency, "n, number of documents containing term"),
                Explanation.match(documents, "N, total number of documents in the index"));
    }
}
