package org.lastrada.portal.shared.pages;

import static org.lastrada.portal.shared.jpa.ColumnTypes.LONG_TEXT;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A network page's title and text in one language other than English, edited by the secretariat. */
@Embeddable
public class NetworkPageTranslation {

    @NotBlank
    @Size(max = 200)
    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Size(max = 100_000)
    @Column(name = "body", columnDefinition = LONG_TEXT)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NetworkPageTranslation() {
    }

    NetworkPageTranslation(String title, String body, Instant updatedAt) {
        this.title = title;
        this.body = body;
        this.updatedAt = updatedAt;
    }

    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Instant getUpdatedAt() { return updatedAt; }
}
