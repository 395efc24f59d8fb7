package org.lastrada.portal.shared.organisations;

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
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.search.SearchLanguage;

/**
 * Indexes an organisation's profile (English) and its approved translations as posts are indexed
 * ({@code PostTextBinder}): each in the fields of its language, analysed as that language, its name, city and
 * descriptions in "text_pl" and its name alone in "name_pl". A visitor's Polish words then find the Polish profile,
 * inflected as Polish is, and a word of the name counts more. Searched only, never stored.
 */
public class ProfileTextBinder implements TypeBinder {

    /** Name, city, short and long description: the words an organisation must have. */
    public static final String TEXT = "text";
    /** The name again: words found in it count more. */
    public static final String NAME = "name";

    private record LanguageFields(IndexFieldReference<String> text, IndexFieldReference<String> name) {
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("profile.name").use("profile.city").use("profile.shortDescription")
                .use("profile.longDescription").use("translations");
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory types = context.typeFactory();
        Map<SearchLanguage, LanguageFields> fields = new EnumMap<>(SearchLanguage.class);
        for (SearchLanguage language : SearchLanguage.values()) {
            if (language.networkLanguage().isPresent()) {
                var searched = types.asString().analyzer(language.analyzer()).toIndexFieldType();
                fields.put(language, new LanguageFields(schema.field(language.field(TEXT), searched).multiValued().toReference(),
                        schema.field(language.field(NAME), searched).toReference()));
            }
        }
        context.bridge(MemberOrganisation.class, new Bridge(fields));
    }

    private record Bridge(Map<SearchLanguage, LanguageFields> fields) implements TypeBridge<MemberOrganisation> {

        @Override
        public void write(DocumentElement target, MemberOrganisation organisation, TypeBridgeWriteContext context) {
            OrganisationProfile profile = organisation.getProfile();
            write(target, NetworkLanguage.ENGLISH.code(), profile.getName(), profile.getCity(), profile.getShortDescription(),
                    profile.getLongDescription());
            organisation.getTranslations().forEach((code, translation) -> write(target, code, translation.getName(),
                    translation.getCity(), translation.getShortDescription(), translation.getLongDescription()));
        }

        private void write(DocumentElement target, String code, String name, String... rest) {
            LanguageFields language = fields.get(SearchLanguage.ofCode(code));
            if (language == null) {
                return;
            }
            // Each value is a text of its own: no phrase is found across two (the analysers leave a gap between them).
            target.addValue(language.text(), name);
            for (String text : rest) {
                if (text != null && !text.isBlank()) {
                    target.addValue(language.text(), text);
                }
            }
            target.addValue(language.name(), name);
        }
    }
}
