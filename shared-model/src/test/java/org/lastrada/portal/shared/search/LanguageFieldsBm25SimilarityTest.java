package org.lastrada.portal.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** A word's rarity in a language's fields, between the field's own documents and the whole index. */
class LanguageFieldsBm25SimilarityTest {

    private final LanguageFieldsBm25Similarity similarity = new LanguageFieldsBm25Similarity();

    @Test
    void aWordInOneOfALanguagesFewPostsIsAsRareAsInOneOfTheIndexsPosts() {
        // 72 posts: 70 English, 2 Polish; a name in one post of each language.
        float polish = idf(72, 2, 1);
        float english = idf(72, 70, 1);
        assertThat(polish).isEqualTo(english);
        assertThat(plainBm25Idf(2, 1)).as("by the field alone").isLessThan(english / 5);
    }

    @Test
    void aLanguageWithFewPostsAmongManyCountsAThousandMoreButAWordCommonInItStaysCommon() {
        // 80,000 posts, 500 Romanian: "Chisinau" in 3 of them and in 625 of 71,000 English ones.
        float romanian = idf(80_000, 500, 3);
        float english = idf(80_000, 71_000, 625);
        assertThat(romanian).isEqualTo(plainBm25Idf(1_500, 3)).isLessThan(english * 2); // the site language's boost
        // English posts filed as Romanian: a word in all 500 of them weighs less than that name among the English posts.
        assertThat(idf(80_000, 500, 500)).isLessThan(english / 4);
    }

    @Test
    void aFieldNearlyEveryDocumentHasIsScoredAsByPlainBm25() {
        assertThat(idf(50, 50, 7)).isEqualTo(plainBm25Idf(50, 7));
        assertThat(idf(80_000, 71_000, 625)).isEqualTo(plainBm25Idf(72_000, 625));
    }

    private float idf(long maxDoc, long docCount, long docFreq) {
        return similarity.idfExplain(new CollectionStatistics("title_xx", maxDoc, docCount, docCount * 10, docCount * 5),
                new TermStatistics(new BytesRef("word"), docFreq, docFreq)).getValue().floatValue();
    }

    private static float plainBm25Idf(long docCount, long docFreq) {
        return new BM25Similarity().idfExplain(new CollectionStatistics("title_xx", docCount, docCount, docCount * 10, docCount * 5),
                new TermStatistics(new BytesRef("word"), docFreq, docFreq)).getValue().floatValue();
    }
}
