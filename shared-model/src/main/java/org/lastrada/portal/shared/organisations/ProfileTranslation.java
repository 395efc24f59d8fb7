package org.lastrada.portal.shared.organisations;

import static org.lastrada.portal.shared.jpa.ColumnTypes.LONG_TEXT;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.lastrada.portal.shared.jpa.StringSetConverter;

/**
 * An organisation profile's descriptive fields in one language other than English: its name and city as they are
 * written in that language, its descriptions and whom it works with. Contact details, services, languages and logo are
 * the profile's own, whatever the language. A translation is proposed and approved as a profile change of its language.
 */
@Embeddable
public class ProfileTranslation {

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @NotBlank
    @Size(max = 100)
    @Column(name = "city", nullable = false, length = 100)
    private String city;

    @Size(max = 500)
    @Column(name = "short_description", length = 500)
    private String shortDescription;

    /** Markdown, as the English one. */
    @Size(max = 50_000)
    @Column(name = "long_description", columnDefinition = LONG_TEXT)
    private String longDescription;

    @Convert(converter = StringSetConverter.class)
    @Column(name = "target_groups", nullable = false, length = 1000)
    private Set<@Size(max = 80) String> targetGroups = new TreeSet<>();

    /** When this translation was last approved. */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProfileTranslation() {
    }

    public ProfileTranslation(String name, String city, String shortDescription, String longDescription, Set<String> targetGroups) {
        this.name = name;
        this.city = city;
        this.shortDescription = shortDescription;
        this.longDescription = longDescription;
        this.targetGroups = new TreeSet<>(targetGroups == null ? Set.of() : targetGroups);
    }

    /** The descriptive fields of a profile, as a translation starts from them (to be translated) or proposes them. */
    public static ProfileTranslation of(OrganisationProfile profile) {
        return new ProfileTranslation(profile.getName(), profile.getCity(), profile.getShortDescription(), profile.getLongDescription(),
                profile.getTargetGroups());
    }

    /**
     * The profile with these fields in place of its own: the translated profile the public reads. A description left
     * empty here is the profile's English one.
     */
    public OrganisationProfile over(OrganisationProfile profile) {
        OrganisationProfile translated = profile.copy();
        translated.setName(name);
        translated.setCity(city);
        if (!isBlank(shortDescription)) {
            translated.setShortDescription(shortDescription);
        }
        if (!isBlank(longDescription)) {
            translated.setLongDescription(longDescription);
        }
        if (!targetGroups.isEmpty()) {
            translated.setTargetGroups(targetGroups);
        }
        return translated;
    }

    /** Whether some of the profile's English text shows through (a description or the target groups left untranslated). */
    public boolean leavesEnglishIn(OrganisationProfile profile) {
        return (isBlank(shortDescription) && !isBlank(profile.getShortDescription()))
                || (isBlank(longDescription) && !isBlank(profile.getLongDescription()))
                || (targetGroups.isEmpty() && !profile.getTargetGroups().isEmpty());
    }

    ProfileTranslation approvedAt(Instant now) {
        ProfileTranslation approved = new ProfileTranslation(name, city, shortDescription, longDescription, targetGroups);
        approved.updatedAt = now;
        return approved;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getName() { return name; }
    public String getCity() { return city; }
    public String getShortDescription() { return shortDescription; }
    public String getLongDescription() { return longDescription; }
    public Set<String> getTargetGroups() { return targetGroups; }
    public Instant getUpdatedAt() { return updatedAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileTranslation t && Objects.equals(name, t.name) && Objects.equals(city, t.city)
                && Objects.equals(shortDescription, t.shortDescription) && Objects.equals(longDescription, t.longDescription)
                && targetGroups.equals(t.targetGroups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, city, shortDescription);
    }
}
