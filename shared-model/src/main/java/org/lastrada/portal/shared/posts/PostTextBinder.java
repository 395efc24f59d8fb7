package org.lastrada.portal.shared.posts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.lastrada.portal.shared.search.SearchLanguage;

/**
 * Indexes a post's words in the fields of its language, analysed as that language: "title_pl", "summary_pl",
 * "body_pl" and "opening_pl" for a Polish post ({@link SearchLanguage#field}), "…_other" for a language outside the
 * network. Every language has its fields in every document's schema, so a query can be matched against all of them,
 * each analysing the query its own way; a document fills only its own language's four, and gives every other
 * language's fields an empty value: a field in every document has dense norms (the lengths BM25 weighs matches by), read
 * by position rather than looked up through the documents that have the field, which made searches about 5 % faster
 * on the large data set (docs/performance.md) for a 2 % larger index.
 */
public class PostTextBinder implements TypeBinder {

    /** Searched and highlighted (in results, the title as found). */
    public static final String TITLE = "title";
    /** Searched. */
    public static final String SUMMARY = "summary";
    /** Searched in full, not kept in the index: results quote the {@link #OPENING} instead. */
    public static final String BODY = "body";
    /** The body's first {@link PostContent#OPENING_LENGTH} characters: searched, kept and highlighted as the snippet. */
    public static final String OPENING = "opening";

    private record LanguageFields(IndexFieldReference<String> title, IndexFieldReference<String> summary,
                                  IndexFieldReference<String> body, IndexFieldReference<String> opening) {
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("summary").use("body").use("language");
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory types = context.typeFactory();
        Map<SearchLanguage, LanguageFields> fields = new EnumMap<>(SearchLanguage.class);
        for (SearchLanguage language : SearchLanguage.values()) {
            var highlightable = types.asString().analyzer(language.analyzer()).highlightable(List.of(Highlightable.PLAIN))
                    .toIndexFieldType();
            var searchedOnly = types.asString().analyzer(language.analyzer()).toIndexFieldType();
            fields.put(language, new LanguageFields(
                    schema.field(language.field(TITLE), highlightable).toReference(),
                    schema.field(language.field(SUMMARY), highlightable).toReference(),
                    schema.field(language.field(BODY), searchedOnly).toReference(),
                    schema.field(language.field(OPENING), highlightable).toReference()));
        }
        context.bridge(PostContent.class, new Bridge(fields));
    }

    private record Bridge(Map<SearchLanguage, LanguageFields> fields) implements TypeBridge<PostContent> {

        @Override
        public void write(DocumentElement target, PostContent content, TypeBridgeWriteContext context) {
            LanguageFields language = fields.get(SearchLanguage.ofCode(content.getLanguage()));
            target.addValue(language.title(), content.getTitle());
            addIfPresent(target, language.summary(), content.getSummary());
            addIfPresent(target, language.body(), content.getBody());
            addIfPresent(target, language.opening(), content.getOpening());
            for (LanguageFields other : fields.values()) {
                if (other != language) {
                    target.addValue(other.title(), "");
                    target.addValue(other.summary(), "");
                    target.addValue(other.body(), "");
                    target.addValue(other.opening(), "");
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
