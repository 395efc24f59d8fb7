package org.lastrada.portal.shared.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;

/**
 * The two searched fields a text has in each language, analysed as that language: the whole text ("text_pl": the
 * words a document must have) and its heading again ("title_pl" for a post, "name_pl" for an organisation: words found
 * there count more). Searched only, never stored: results show the database's text, marked by the portal itself.
 * Declared by the type binders of posts ({@code PostTextBinder}) and organisations ({@code ProfileTextBinder}).
 */
public final class LanguageTextFields {

    /** The whole text: heading and every other part. */
    public static final String TEXT = "text";

    private record Fields(IndexFieldReference<String> text, IndexFieldReference<String> heading) {
    }

    private final Map<SearchLanguage, Fields> fields;

    private LanguageTextFields(Map<SearchLanguage, Fields> fields) {
        this.fields = fields;
    }

    /** Declares a text field and a heading field (named {@code heading}) for each language {@code languages} accepts. */
    public static LanguageTextFields declare(TypeBindingContext context, String heading, Predicate<SearchLanguage> languages) {
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory types = context.typeFactory();
        Map<SearchLanguage, Fields> fields = new EnumMap<>(SearchLanguage.class);
        for (SearchLanguage language : SearchLanguage.values()) {
            if (languages.test(language)) {
                var searched = types.asString().analyzer(language.analyzer()).toIndexFieldType();
                fields.put(language, new Fields(schema.field(language.field(TEXT), searched).multiValued().toReference(),
                        schema.field(language.field(heading), searched).toReference()));
            }
        }
        return new LanguageTextFields(fields);
    }

    /**
     * Adds a text in a language: its heading to both fields, each other non-blank part to the text. Nothing when the
     * language has no fields. Each value is a text of its own: no phrase is found across two (the analysers leave a
     * gap between values).
     */
    public void add(DocumentElement target, SearchLanguage language, String heading, String... parts) {
        Fields of = fields.get(language);
        if (of == null) {
            return;
        }
        target.addValue(of.text(), heading);
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                target.addValue(of.text(), part);
            }
        }
        target.addValue(of.heading(), heading);
    }

    /**
     * Adds an empty value to every other language's fields, so that every document has every field and their norms
     * are dense: read by position rather than looked up (for a document with a text in one language only).
     */
    public void addEmptyExcept(DocumentElement target, SearchLanguage language) {
        fields.forEach((other, of) -> {
            if (other != language) {
                target.addValue(of.text(), "");
                target.addValue(of.heading(), "");
            }
        });
    }
}
