package org.lastrada.portal.shared.organisations;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.lastrada.portal.shared.search.LanguageTextFields;
import org.lastrada.portal.shared.search.SearchLanguage;

/**
 * Indexes an organisation's profile (English) and its approved translations as posts are indexed
 * ({@code PostTextBinder}, {@link LanguageTextFields}): each in the fields of its language, analysed as that
 * language, its name, city and descriptions in "text_pl" and its name alone in "name_pl". A visitor's Polish words then
 * find the Polish profile, inflected as Polish is, and a word of the name counts more. Network languages only.
 */
public class ProfileTextBinder implements TypeBinder {

    /** Name, city, short and long description: the words an organisation must have. */
    public static final String TEXT = LanguageTextFields.TEXT;
    /** The name again: words found in it count more. */
    public static final String NAME = "name";

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("profile.name").use("profile.city").use("profile.shortDescription")
                .use("profile.longDescription").use("translations");
        context.bridge(MemberOrganisation.class, new Bridge(LanguageTextFields.declare(context, NAME,
                language -> language.networkLanguage().isPresent())));
    }

    private record Bridge(LanguageTextFields fields) implements TypeBridge<MemberOrganisation> {

        @Override
        public void write(DocumentElement target, MemberOrganisation organisation, TypeBridgeWriteContext context) {
            OrganisationProfile profile = organisation.getProfile();
            fields.add(target, SearchLanguage.ENGLISH, profile.getName(), profile.getCity(),
                    profile.getShortDescription(), profile.getLongDescription());
            organisation.getTranslations().forEach((code, translation) -> fields.add(target, SearchLanguage.ofCode(code),
                    translation.getName(), translation.getCity(), translation.getShortDescription(),
                    translation.getLongDescription()));
        }
    }
}
