package org.lastrada.portal.shared.organisations;

import java.util.Arrays;
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
 * Indexes the approved translations of an organisation's profile, each in the fields of its language analysed as that
 * language ("name_pl", "city_pl", "shortDescription_pl", "longDescription_pl"), beside the English profile's own fields
 * ("profile.name"...). A visitor's Polish words then find the Polish profile, inflected as Polish is.
 */
public class ProfileTranslationsBinder implements TypeBinder {

    /** Searched and highlighted (in results, the name as found). */
    public static final String NAME = "name";
    /** Searched. */
    public static final String CITY = "city";
    /** Searched and highlighted (in results, the snippet). */
    public static final String SHORT_DESCRIPTION = "shortDescription";
    /** Searched. */
    public static final String LONG_DESCRIPTION = "longDescription";

    /** The languages a profile is translated into: the network's, but English (the profile itself). */
    public static final List<SearchLanguage> LANGUAGES = Arrays.stream(SearchLanguage.values())
            .filter(language -> language.networkLanguage().filter(l -> !l.isEnglish()).isPresent()).toList();

    private record LanguageFields(IndexFieldReference<String> name, IndexFieldReference<String> city,
                                  IndexFieldReference<String> shortDescription, IndexFieldReference<String> longDescription) {
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("translations");
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory types = context.typeFactory();
        Map<SearchLanguage, LanguageFields> fields = new EnumMap<>(SearchLanguage.class);
        for (SearchLanguage language : LANGUAGES) {
            var highlightable = types.asString().analyzer(language.analyzer()).highlightable(List.of(Highlightable.PLAIN))
                    .toIndexFieldType();
            var searchedOnly = types.asString().analyzer(language.analyzer()).toIndexFieldType();
            fields.put(language, new LanguageFields(
                    schema.field(language.field(NAME), highlightable).toReference(),
                    schema.field(language.field(CITY), searchedOnly).toReference(),
                    schema.field(language.field(SHORT_DESCRIPTION), highlightable).toReference(),
                    schema.field(language.field(LONG_DESCRIPTION), searchedOnly).toReference()));
        }
        context.bridge(MemberOrganisation.class, new Bridge(fields));
    }

    private record Bridge(Map<SearchLanguage, LanguageFields> fields) implements TypeBridge<MemberOrganisation> {

        @Override
        public void write(DocumentElement target, MemberOrganisation organisation, TypeBridgeWriteContext context) {
            organisation.getTranslations().forEach((code, translation) -> {
                LanguageFields language = fields.get(SearchLanguage.ofCode(code));
                if (language == null) {
                    return;
                }
                target.addValue(language.name(), translation.getName());
                target.addValue(language.city(), translation.getCity());
                addIfPresent(target, language.shortDescription(), translation.getShortDescription());
                addIfPresent(target, language.longDescription(), translation.getLongDescription());
            });
        }

        private static void addIfPresent(DocumentElement target, IndexFieldReference<String> field, String value) {
            if (value != null && !value.isBlank()) {
                target.addValue(field, value);
            }
        }
    }
}
