package org.lastrada.portal.shared.pages;

import static org.lastrada.portal.shared.jpa.ColumnTypes.LONG_TEXT;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/**
 * One saved text of a network page in one language: numbered from 1 per page and language, with who saved it and when,
 * and who published it and when if it was. The latest version is a draft when it was saved after the one published last.
 * Versions are never changed but for being published: restoring an old one saves a new draft with its text.
 */
@Entity
@Table(name = "network_page_version")
public class NetworkPageVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "page_id", nullable = false, updatable = false)
    private Long pageId;

    @Column(nullable = false, length = 2, updatable = false)
    private String language;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Size(max = 100_000)
    @Column(name = "body", columnDefinition = LONG_TEXT, updatable = false)
    private String body;

    /** The page's place in the navigation, saved with the English page's versions only. */
    @Column(name = "position", updatable = false)
    private Integer position;

    @Column(name = "saved_by", nullable = false, length = 100, updatable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** The number of the version this one restored, if it was saved by restoring one. */
    @Column(name = "restored_from", updatable = false)
    private Integer restoredFrom;

    protected NetworkPageVersion() {
    }

    public NetworkPageVersion(NetworkPage page, String language, int number, String title, String body, Integer position,
                              String savedBy, Instant savedAt, Integer restoredFrom) {
        this.pageId = page.getId();
        this.language = language;
        this.number = number;
        this.title = title;
        this.body = body;
        this.position = position;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.restoredFrom = restoredFrom;
    }

    public void published(String by, Instant at) {
        this.publishedBy = by;
        this.publishedAt = at;
    }

    public boolean wasPublished() {
        return publishedAt != null;
    }

    /** Whether the version holds this text (and, for the English page, this place in the navigation). */
    public boolean holds(String title, String body, Integer position) {
        return Objects.equals(this.title, title) && Objects.equals(blankAsNull(this.body), blankAsNull(body))
                && Objects.equals(this.position, position);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public Long getId() { return id; }
    public Long getPageId() { return pageId; }
    public String getLanguage() { return language; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Integer getPosition() { return position; }
    public String getSavedBy() { return savedBy; }
    public Instant getSavedAt() { return savedAt; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public Integer getRestoredFrom() { return restoredFrom; }
}
