package org.lastrada.portal.shared.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;
import org.lastrada.portal.shared.security.OrganisationRef;
import org.lastrada.portal.shared.validation.IsoCountryCode;
import org.lastrada.portal.shared.validation.Slugs;

/** The International Secretariat or a member organisation of the network, with its live public profile. */
@Entity
@Table(name = "member_organisation")
// Named by the layout of its fields, as the posts' index (see Post): a new layout is rebuilt at the first start.
// 3: same fields, but Elasticsearch keeps every analyser of the configurer in each index's settings and would refuse
// to validate the old index against the new analysers.
@Indexed(index = "member-organisation-3", routingBinder = @RoutingBinderRef(type = ActiveOrganisationRouting.class))
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
    @IndexedEmbedded
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

    @Version
    @GenericField(projectable = Projectable.YES) // search shows index fragments only when they match this version
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
