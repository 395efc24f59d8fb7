package org.lastrada.portal.shared.pages;

import static org.lastrada.portal.shared.jpa.ColumnTypes.LONG_TEXT;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.validation.Slugs;

/**
 * A page about the network itself (About, Vision and mission...), edited by the secretariat in Markdown: the English page,
 * which the public reads in any language the page has no translation into, and its translations. It holds the texts
 * published last ({@link NetworkPageVersion} keeps every saved one); a new page is not public until first published.
 * The page named {@value #HOME_INTRODUCTION} is the home page's introduction, not a page in the navigation.
 */
@Entity
@Table(name = "network_page")
public class NetworkPage {

    /** The slug of the page whose text introduces the network on the home page. */
    public static final String HOME_INTRODUCTION = "home";

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

    /** The page's title and text in other network languages, by language (ISO 639-1, never "en": that is the page itself). */
    @ElementCollection
    @CollectionTable(name = "network_page_translation", joinColumns = @JoinColumn(name = "page_id"))
    @MapKeyColumn(name = "language", length = 2)
    private Map<String, @Valid NetworkPageTranslation> translations = new HashMap<>();

    /** Whether the English page was ever published: until then the public site does not show it. */
    @Column(nullable = false)
    private boolean published;

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

    /** A page published as it is created (the demo network's pages). */
    public static NetworkPage published(String slug, String title, String body, int position, Instant now) {
        NetworkPage page = new NetworkPage(slug, title, body, position, now);
        page.published = true;
        return page;
    }

    /** Publishes the English page's text: the public reads it from now on. */
    public void publish(String title, String body, int position, Instant now) {
        this.title = title;
        this.body = body;
        this.position = position;
        this.updatedAt = now;
        this.published = true;
    }

    /** The home page's introduction rather than a page of the navigation. */
    public boolean isHomeIntroduction() {
        return HOME_INTRODUCTION.equals(slug);
    }

    /** Sets the page's title and text in a network language other than English (added, or replaced). */
    public void translate(String language, String title, String body, Instant now) {
        if (NetworkLanguage.fromCode(language).filter(l -> !l.isEnglish() && l.code().equals(language)).isEmpty()) {
            throw new InvalidInputException("language", Message.of("workspace.refusal.page-translation-language", language));
        }
        translations.put(language, new NetworkPageTranslation(title, body, now));
        this.updatedAt = now;
    }

    /** Takes the page's translation into the language away: the public reads the English page in that language again. */
    public boolean removeTranslation(String language, Instant now) {
        boolean removed = translations.remove(language) != null;
        if (removed) {
            this.updatedAt = now;
        }
        return removed;
    }

    /** The page as a visitor reading the language sees it (the translations must be loaded: see the repository). */
    public PageInLanguage inLanguage(String language) {
        NetworkPageTranslation translation = translations.get(language);
        return translation == null
                ? new PageInLanguage(slug, title, body, position, NetworkLanguage.ENGLISH.code(), language, updatedAt)
                : new PageInLanguage(slug, translation.getTitle(), translation.getBody(), position, language, language,
                        translation.getUpdatedAt());
    }

    public Optional<NetworkPageTranslation> translation(String language) {
        return Optional.ofNullable(translations.get(language));
    }

    /** The translations by language. */
    public Map<String, NetworkPageTranslation> getTranslations() {
        return Collections.unmodifiableMap(translations);
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public int getPosition() { return position; }
    public Instant getUpdatedAt() { return updatedAt; }
    public boolean isPublished() { return published; }
    public long getVersion() { return version; }
}
