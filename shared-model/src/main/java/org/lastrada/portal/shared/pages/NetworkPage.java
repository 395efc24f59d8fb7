package org.lastrada.portal.shared.pages;

import static org.lastrada.portal.shared.jpa.ColumnTypes.LONG_TEXT;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.lastrada.portal.shared.validation.Slugs;

/** A page about the network itself (About, Vision and mission...), edited by the secretariat in Markdown. */
@Entity
@Table(name = "network_page")
public class NetworkPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 100_000)
    @Column(name = "body", columnDefinition = LONG_TEXT)
    private String body;

    /** Position in the pages' navigation, smallest first. */
    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NetworkPage() {
    }

    public NetworkPage(String slug, String title, String body, int position, Instant now) {
        this.slug = slug;
        this.title = title;
        this.body = body;
        this.position = position;
        this.updatedAt = now;
    }

    public void edit(String title, String body, int position, Instant now) {
        this.title = title;
        this.body = body;
        this.position = position;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public int getPosition() { return position; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
