package org.lastrada.portal.shared.posts;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.lastrada.portal.shared.search.LanguageTextFields;
import org.lastrada.portal.shared.search.SearchLanguage;

/**
 * Indexes a post's words in two fields of its language, analysed as that language ({@link LanguageTextFields}): its
 * title, summary and body in "text_pl" for a Polish post ({@link SearchLanguage#field}), and its title alone in
 * "title_pl" ("…_other" for a language outside the network). A query requires its words in the text, and its words
 * in the title raise a post's score: a query of several words is then a conjunction of single terms, which Lucene
 * skips through by blocks of documents that cannot make the first page, instead of a conjunction of disjunctions over
 * title, summary and body fields (about three times the matching work on the large data set, docs/performance.md).
 * Every language's fields are in every document (empty but for its own), so their norms are dense.
 */
public class PostTextBinder implements TypeBinder {

    /** Title, summary and body: the words a post must have. */
    public static final String TEXT = LanguageTextFields.TEXT;
    /** The title again: words found in it count more. */
    public static final String TITLE = "title";

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("summary").use("body").use("language");
        context.bridge(PostContent.class, new Bridge(LanguageTextFields.declare(context, TITLE, language -> true)));
    }

    private record Bridge(LanguageTextFields fields) implements TypeBridge<PostContent> {

        @Override
        public void write(DocumentElement target, PostContent content, TypeBridgeWriteContext context) {
            SearchLanguage language = SearchLanguage.ofCode(content.getLanguage());
            fields.add(target, language, content.getTitle(), content.getSummary(), content.getBody());
            fields.addEmptyExcept(target, language);
        }
    }
}
