package org.lastrada.portal.shared.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.time.TimeZones;

/** A person's portal account: a local password, a Keycloak subject, or both. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(min = 3, max = 60)
    @Pattern(regexp = "^[a-z0-9][a-z0-9._@-]*$", message = "{workspace.validation.username}")
    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @NotBlank
    @Size(max = 120)
    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @NotBlank
    @Email
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String email;

    /** Delegating-encoder hash ({bcrypt}...); null for accounts that sign in only through Keycloak. */
    @Size(max = 200)
    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private MemberOrganisation organisation;

    @Column(nullable = false)
    private boolean enabled = true;

    /** An IANA zone id the person chose; null for their organisation's country's zone. */
    @Size(max = 40)
    @Column(name = "time_zone", length = 40)
    private String timeZone;

    /** A network language's code the person chose; null for the first language of their organisation's country. */
    @Size(max = 8)
    @Column(name = "interface_language", length = 8)
    private String interfaceLanguage;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** The Keycloak token subject ({@code sub}) this account is linked to. */
    @Size(max = 100)
    @Column(name = "external_subject", unique = true, length = 100)
    private String externalSubject;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String email, Role role, MemberOrganisation organisation, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.organisation = organisation;
        this.createdAt = now;
    }

    /** Reported on the field "organisation": member staff always belong to exactly one organisation. */
    @AssertTrue(message = "{workspace.validation.organisation-required}")
    boolean isOrganisation() {
        return role == null || !role.isMemberRole() || organisation != null;
    }

    /** The account as services see the one who acts. */
    public Actor asActor() {
        return new Actor(id, username, displayName, role, organisation == null ? null : organisation.getId());
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void setPasswordHash(String passwordHash, boolean mustChangePassword) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
    }

    public void recordFailedLogin(int maxAttempts, Instant lockUntil) {
        failedLoginCount++;
        if (failedLoginCount >= maxAttempts) {
            lockedUntil = lockUntil;
            failedLoginCount = 0;
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLoginCount = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void assign(Role role, MemberOrganisation organisation) {
        this.role = role;
        this.organisation = organisation;
    }

    public void linkExternalSubject(String subject) {
        this.externalSubject = subject;
    }

    public void setEnabled(boolean enabled) { this.enabled = enabled; }

    /** The zone the person reads and enters workspace times in: their choice, else their organisation's country's. */
    public ZoneId timeZone() {
        if (timeZone != null) {
            return ZoneId.of(timeZone);
        }
        return organisation == null ? TimeZones.NETWORK : TimeZones.ofCountry(organisation.getCountryCode());
    }

    public void chooseTimeZone(ZoneId zone) { this.timeZone = zone == null ? null : zone.getId(); }

    /** The language the person reads the workspace in: their choice, else their organisation's country's first. */
    public NetworkLanguage interfaceLanguage() {
        return NetworkLanguage.fromCode(interfaceLanguage)
                .orElseGet(() -> NetworkLanguage.forCountry(organisation == null ? null : organisation.getCountryCode()));
    }

    public void chooseInterfaceLanguage(NetworkLanguage language) { this.interfaceLanguage = language == null ? null : language.code(); }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public void setEmail(String email) { this.email = email; }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public MemberOrganisation getOrganisation() { return organisation; }
    public boolean isEnabled() { return enabled; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public int getFailedLoginCount() { return failedLoginCount; }
    public Instant getLockedUntil() { return lockedUntil; }
    public String getExternalSubject() { return externalSubject; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
