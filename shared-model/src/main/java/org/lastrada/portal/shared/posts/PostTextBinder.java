package org.lastrada.portal.shared.posts;

import java.util.EnumMap;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.lastrada.portal.shared.search.SearchLanguage;

/**
 * Indexes a post's words in two fields of its language, analysed as that language: its title, summary and body in
 * "text_pl" for a Polish post ({@link SearchLanguage#field}), and its title alone in "title_pl" ("…_other" for a
 * language outside the network). A query requires its words in the text, and its words in the title raise a post's
 * score: a query of several words is then a conjunction of single terms, which Lucene skips through by blocks of
 * documents that cannot make the first page, instead of a conjunction of disjunctions over title, summary and body
 * fields (about three times the matching work on the large data set, docs/performance.md). The fields are searched
 * only, never stored: results show the database's text, marked by the portal itself. Every language's fields are in
 * every document (empty but for its own), so their norms are dense: read by position rather than looked up.
 */
public class PostTextBinder implements TypeBinder {

    /** Title, summary and body: the words a post must have. */
    public static final String TEXT = "text";
    /** The title again: words found in it count more. */
    public static final String TITLE = "title";

    private record LanguageFields(IndexFieldReference<String> text, IndexFieldReference<String> title) {
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("summary").use("body").use("language");
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory types = context.typeFactory();
        Map<SearchLanguage, LanguageFields> fields = new EnumMap<>(SearchLanguage.class);
        for (SearchLanguage language : SearchLanguage.values()) {
            var searched = types.asString().analyzer(language.analyzer()).toIndexFieldType();
            fields.put(language, new LanguageFields(schema.field(language.field(TEXT), searched).multiValued().toReference(),
                    schema.field(language.field(TITLE), searched).toReference()));
        }
        context.bridge(PostContent.class, new Bridge(fields));
    }

    private record Bridge(Map<SearchLanguage, LanguageFields> fields) implements TypeBridge<PostContent> {

        @Override
        public void write(DocumentElement target, PostContent content, TypeBridgeWriteContext context) {
            LanguageFields language = fields.get(SearchLanguage.ofCode(content.getLanguage()));
            // Each value is a text of its own: no phrase is found across two (the analysers leave a gap between them).
            target.addValue(language.text(), content.getTitle());
            addIfPresent(target, language.text(), content.getSummary());
            addIfPresent(target, language.text(), content.getBody());
            target.addValue(language.title(), content.getTitle());
            for (LanguageFields other : fields.values()) {
                if (other != language) {
                    target.addValue(other.text(), "");
                    target.addValue(other.title(), "");
                }
            }
        }

        private static void addIfPresent(DocumentElement target, IndexFieldReference<String> field, String value) {
            if (value != null) {
                target.addValue(field, value);
            }
        }
    }
}
