package org.lastrada.portal.shared.organisations;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.hibernate.type.SqlTypes;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.security.OrganisationRef;
import org.lastrada.portal.shared.validation.IsoCountryCode;
import org.lastrada.portal.shared.validation.Slugs;

/** The International Secretariat or a member organisation of the network, with its live public profile. */
@Entity
@Table(name = "member_organisation")
// Named by the layout of its fields, as the posts' index (see Post): a new layout is rebuilt at the first start.
// 3: same fields, but Elasticsearch keeps every analyser of the configurer in each index's settings and would refuse
// to validate the old index against the new analysers. 4: the profile's translations in their languages' fields.
// 5: the profile and its translations alike, a text and a name field per language, nothing stored (ProfileTextBinder).
@Indexed(index = "member-organisation-5", routingBinder = @RoutingBinderRef(type = ActiveOrganisationRouting.class))
@TypeBinding(binder = @TypeBinderRef(type = ProfileTextBinder.class))
public class MemberOrganisation implements OrganisationRef {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
    @Column(nullable = false, unique = true, length = 80)
    @KeywordField
    private String slug;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    @NotBlank
    @IsoCountryCode
    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Valid
    @NotNull
    @Embedded
    private OrganisationProfile profile;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private OrganisationStatus status = OrganisationStatus.ACTIVE;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When a revision of the public profile was last approved; drives "days since last update". */
    @Column(name = "profile_updated_at", nullable = false)
    private Instant profileUpdatedAt;

    /**
     * The approved translations of the profile's descriptive fields, by language (ISO 639-1, never "en": the profile itself
     * is the English text, and the fallback of every language it has no translation into).
     */
    @ElementCollection
    @CollectionTable(name = "organisation_profile_translation", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "language", length = 2)
    private Map<String, @Valid ProfileTranslation> translations = new HashMap<>();

    @Version
    private long version;

    protected MemberOrganisation() {
    }

    public MemberOrganisation(String slug, OrganisationKind kind, String countryCode, OrganisationProfile profile, Instant now) {
        this.slug = slug;
        this.kind = kind;
        this.countryCode = countryCode;
        this.profile = profile;
        this.createdAt = now;
        this.updatedAt = now;
        this.profileUpdatedAt = now;
    }

    /** Replaces the live profile with an approved revision's content. */
    public void applyProfile(OrganisationProfile approved, Instant now) {
        this.profile = approved.copy();
        this.updatedAt = now;
        this.profileUpdatedAt = now;
    }

    /**
     * Puts an approved translation of the profile into a network language other than English in place. It does not count
     * as an update of the profile itself (profileUpdatedAt, "days since last update", is the English profile's).
     */
    public void applyTranslation(String language, ProfileTranslation approved, Instant now) {
        if (NetworkLanguage.fromCode(language).filter(l -> !l.isEnglish() && l.code().equals(language)).isEmpty()) {
            throw new IllegalArgumentException("A profile is translated into a network language other than English, not '" + language + "'");
        }
        translations.put(language, approved.approvedAt(now));
        this.updatedAt = now;
    }

    /** The profile as a visitor reading the language sees it (the translations must be loaded: see the repository). */
    public ProfileInLanguage profileIn(String language) {
        ProfileTranslation translation = translations.get(language);
        if (translation == null) {
            return new ProfileInLanguage(profile.copy(), NetworkLanguage.ENGLISH.code(), language, false);
        }
        return new ProfileInLanguage(translation.over(profile), language, language, translation.leavesEnglishIn(profile));
    }

    /** The approved translation into the language, if any. */
    public Optional<ProfileTranslation> translation(String language) {
        return Optional.ofNullable(translations.get(language));
    }

    /** The approved translations by language. */
    public Map<String, ProfileTranslation> getTranslations() {
        return Collections.unmodifiableMap(translations);
    }

    /** An administrator's direct correction, outside the members' review workflow. */
    public void correct(String countryCode, OrganisationProfile profile, Instant now) {
        this.countryCode = countryCode;
        applyProfile(profile, now);
    }

    public boolean isActive() {
        return status == OrganisationStatus.ACTIVE;
    }

    @Override
    public boolean isSecretariat() {
        return kind == OrganisationKind.SECRETARIAT;
    }

    public void changeStatus(OrganisationStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    @Override
    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public OrganisationKind getKind() { return kind; }
    public String getCountryCode() { return countryCode; }

    /** The country's English name, such as "North Macedonia". */
    public String getCountryName() {
        return new Locale("", countryCode).getDisplayCountry(Locale.ENGLISH);
    }
    public OrganisationProfile getProfile() { return profile; }
    public String getName() { return profile.getName(); }
    public OrganisationStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getProfileUpdatedAt() { return profileUpdatedAt; }
    public long getVersion() { return version; }

    @Override
    public String toString() {
        return "organisation '" + slug + "'";
    }
}
