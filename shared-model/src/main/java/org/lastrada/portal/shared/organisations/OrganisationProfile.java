package org.lastrada.portal.shared.organisations;

import static org.lastrada.portal.shared.jpa.ColumnTypes.LONG_TEXT;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.lastrada.portal.shared.jpa.StringSetConverter;
import org.lastrada.portal.shared.validation.IsoLanguageCode;

/**
 * The public, member-editable part of an organisation's profile. The live profile and a proposed
 * revision both hold one, so a revision is applied by copying it and compared field by field.
 */
@Embeddable
public class OrganisationProfile {

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

    /** Markdown; rendered and sanitised before it is shown. */
    @Size(max = 50_000)
    @Column(name = "long_description", columnDefinition = LONG_TEXT)
    private String longDescription;

    @Size(max = 300)
    @Pattern(regexp = "^(https?://\\S+)?$", message = "{workspace.validation.website}")
    @Column(name = "website", length = 300)
    private String website;

    @Email
    @Size(max = 200)
    @Column(name = "public_email", length = 200)
    private String publicEmail;

    @Size(max = 50)
    @Pattern(regexp = "^[+0-9 ()./-]*$", message = "{workspace.validation.phone}")
    @Column(name = "phone", length = 50)
    private String phone;

    @Size(max = 50)
    @Pattern(regexp = "^[+0-9 ()./-]*$", message = "{workspace.validation.phone}")
    @Column(name = "helpline", length = 50)
    private String helpline;

    @Convert(converter = ServiceAreaSetConverter.class)
    @Column(name = "services", nullable = false, length = 500)
    private Set<ServiceArea> services = EnumSet.noneOf(ServiceArea.class);

    @Convert(converter = StringSetConverter.class)
    @Column(name = "target_groups", nullable = false, length = 1000)
    private Set<@Size(max = 80) String> targetGroups = new TreeSet<>();

    @Convert(converter = StringSetConverter.class)
    @Column(name = "languages", nullable = false, length = 200)
    private Set<@IsoLanguageCode String> languages = new TreeSet<>();

    /** Generated file name of the scaled logo in the upload store, or null. */
    @Size(max = 200)
    @Column(name = "logo", length = 200)
    private String logo;

    public OrganisationProfile() {
    }

    public OrganisationProfile(String name, String city) {
        this.name = name;
        this.city = city;
    }

    /** A detached copy, so that editing a revision never touches the live profile. */
    public OrganisationProfile copy() {
        OrganisationProfile copy = new OrganisationProfile(name, city);
        copy.shortDescription = shortDescription;
        copy.longDescription = longDescription;
        copy.website = website;
        copy.publicEmail = publicEmail;
        copy.phone = phone;
        copy.helpline = helpline;
        copy.services = services.isEmpty() ? EnumSet.noneOf(ServiceArea.class) : EnumSet.copyOf(services);
        copy.targetGroups = new TreeSet<>(targetGroups);
        copy.languages = new TreeSet<>(languages);
        copy.logo = logo;
        return copy;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getShortDescription() { return shortDescription; }
    public void setShortDescription(String shortDescription) { this.shortDescription = shortDescription; }
    public String getLongDescription() { return longDescription; }
    public void setLongDescription(String longDescription) { this.longDescription = longDescription; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getPublicEmail() { return publicEmail; }
    public void setPublicEmail(String publicEmail) { this.publicEmail = publicEmail; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getHelpline() { return helpline; }
    public void setHelpline(String helpline) { this.helpline = helpline; }
    public Set<ServiceArea> getServices() { return services; }
    public void setServices(Set<ServiceArea> services) {
        this.services = services == null || services.isEmpty() ? EnumSet.noneOf(ServiceArea.class) : EnumSet.copyOf(services);
    }
    public Set<String> getTargetGroups() { return targetGroups; }
    public void setTargetGroups(Set<String> targetGroups) { this.targetGroups = new TreeSet<>(targetGroups == null ? Set.of() : targetGroups); }
    public Set<String> getLanguages() { return languages; }
    public void setLanguages(Set<String> languages) { this.languages = new TreeSet<>(languages == null ? Set.of() : languages); }
    public String getLogo() { return logo; }
    public void setLogo(String logo) { this.logo = logo; }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganisationProfile p
                && Objects.equals(name, p.name) && Objects.equals(city, p.city)
                && Objects.equals(shortDescription, p.shortDescription)
                && Objects.equals(longDescription, p.longDescription)
                && Objects.equals(website, p.website) && Objects.equals(publicEmail, p.publicEmail)
                && Objects.equals(phone, p.phone) && Objects.equals(helpline, p.helpline)
                && services.equals(p.services) && targetGroups.equals(p.targetGroups)
                && languages.equals(p.languages) && Objects.equals(logo, p.logo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, city, shortDescription, website, publicEmail, services, languages);
    }
}
