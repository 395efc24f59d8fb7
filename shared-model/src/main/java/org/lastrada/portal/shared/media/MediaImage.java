package org.lastrada.portal.shared.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.lastrada.portal.shared.content.MediaAddresses;
import org.lastrada.portal.shared.content.MediaSize;
import org.lastrada.portal.shared.organisations.MemberOrganisation;

/**
 * An image of an organisation's media library (the secretariat's is the network's): stored once, re-encoded without
 * the upload's metadata, as variants of a few widths ({@link ImageVariants#WIDTHS}), each at an address that never
 * changes ({@link MediaAddresses}). Its width and height are those of its largest variant. Its alt text describes it
 * for people who cannot see it; a decorative image has none, on purpose.
 */
@Entity
@Table(name = "media_image")
public class MediaImage {

    public static final int ALT_TEXT_LENGTH = 250;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** 32 hexadecimal digits, random: the image's name in its addresses, and what posts refer to it by. */
    @Column(name = "image_key", nullable = false, unique = true, length = 32)
    private String key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private MemberOrganisation organisation;

    /** The uploaded file's name, so that staff recognise their image; never used to decide anything. */
    @Column(name = "original_name", nullable = false, length = 200)
    private String originalName;

    /** SHA-256 of the uploaded bytes: the same file uploaded again to the same library is the same image. */
    @Column(name = "upload_hash", nullable = false, length = 64)
    private String uploadHash;

    /** "jpg" for photographs and other opaque images, "png" for images with transparency. */
    @Column(nullable = false, length = 4)
    private String format;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    /** The stored variants' widths, ascending and comma-separated: "480,960,1600". */
    @Column(nullable = false, length = 40)
    private String widths;

    @Column(name = "stored_bytes", nullable = false)
    private long storedBytes;

    @Column(name = "alt_text", length = ALT_TEXT_LENGTH)
    private String altText;

    @Column(nullable = false)
    private boolean decorative;

    @Column(name = "uploaded_by", nullable = false, length = 120)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected MediaImage() {
    }

    MediaImage(String key, MemberOrganisation organisation, String originalName, String uploadHash, ImageVariants variants,
               long storedBytes, String uploadedBy, Instant uploadedAt) {
        this.key = key;
        this.organisation = organisation;
        this.originalName = originalName;
        this.uploadHash = uploadHash;
        this.format = variants.format();
        this.width = variants.width();
        this.height = variants.height();
        this.widths = variants.widths().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.storedBytes = storedBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void describe(String altText, boolean decorative) {
        this.decorative = decorative;
        this.altText = decorative ? null : altText;
    }

    /** Whether the image may be shown: it has alt text, or it is marked decorative. */
    public boolean isDescribed() {
        return decorative || (altText != null && !altText.isBlank());
    }

    /** What an img element's alt attribute says: the alt text, or nothing for a decorative image. */
    public String alt() {
        return decorative || altText == null ? "" : altText;
    }

    /** How staff recognise the image in a list: its alt text, or for a decorative image its file's name. */
    public String label() {
        return decorative || altText == null || altText.isBlank() ? originalName : altText;
    }

    /** The image as Markdown shows it in a text, about as wide as the text: {@code ![alt](/media/<key>-960.jpg)}. */
    public String asMarkdown() {
        MediaSize size = size();
        return "![" + alt().replaceAll("[\\[\\]\\\\]", "") + "](" + size.url(size.widthFor(960)) + ")";
    }

    /** The address of a variant about {@code shownWidth} wide for the workspace, where the image need not be public yet. */
    public String workspaceUrl(int shownWidth) {
        MediaSize size = size();
        return MediaAddresses.WORKSPACE_PREFIX + key + "-" + size.widthFor(shownWidth) + "." + format;
    }

    public List<Integer> variantWidths() {
        return Arrays.stream(widths.split(",")).map(Integer::valueOf).toList();
    }

    public MediaSize size() {
        return new MediaSize(key, format, width, height, variantWidths());
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public MemberOrganisation getOrganisation() { return organisation; }
    public String getOriginalName() { return originalName; }
    public String getUploadHash() { return uploadHash; }
    public String getFormat() { return format; }
    public int getWidth() { return width; }
    public int getHeight() { return height; }
    public long getStoredBytes() { return storedBytes; }
    public String getAltText() { return altText; }
    public boolean isDecorative() { return decorative; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public long getVersion() { return version; }
}
