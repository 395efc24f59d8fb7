package org.lastrada.portal.shared.posts;

import static org.lastrada.portal.shared.jpa.ColumnTypes.LONG_TEXT;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.hibernate.type.SqlTypes;
import org.lastrada.portal.shared.content.MediaAddresses;
import org.lastrada.portal.shared.jpa.StringSetConverter;
import org.lastrada.portal.shared.validation.IsoLanguageCode;
import org.lastrada.portal.shared.time.TimeZones;
import org.lastrada.portal.shared.validation.Slugs;

/**
 * What an author writes: the live content of a post and the proposed content of its revision both hold
 * one, so a revision is applied by copying it and compared field by field. Its title, summary, body and opening are
 * indexed in the fields of its language ({@link PostTextBinder}).
 */
@Embeddable
@PostContent.TypeSpecificFields
@TypeBinding(binder = @TypeBinderRef(type = PostTextBinder.class))
public class PostContent {

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "type", nullable = false, length = 20)
    @KeywordField
    private PostType type;

    @NotBlank
    @Size(max = 200)
    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Size(max = 500)
    @Column(name = "summary", length = 500)
    private String summary;

    /**
     * Markdown; rendered and sanitised before it is shown. Searched in full, never stored in the index: search
     * results quote its {@link #getOpening() opening}.
     */
    @Size(max = 100_000)
    @Column(name = "body", columnDefinition = LONG_TEXT)
    private String body;

    @NotBlank
    @IsoLanguageCode
    @Column(name = "language", nullable = false, length = 2)
    private String language;

    @Convert(converter = StringSetConverter.class)
    @Column(name = "tags", nullable = false, length = 500)
    private Set<@Size(max = 40) @Pattern(regexp = Slugs.PATTERN, message = "{workspace.validation.tags}") String> tags = new TreeSet<>();

    @Column(name = "event_start")
    private LocalDateTime eventStart;

    @Column(name = "event_end")
    private LocalDateTime eventEnd;

    @Size(max = 200)
    @Column(name = "event_location", length = 200)
    private String eventLocation;

    /** The zone the event's start and end are given in (IANA id); null: the organisation's country's. */
    @Size(max = 40)
    @Column(name = "event_time_zone", length = 40)
    private String eventTimeZone;

    /** What kind of gathering the event is; null when its author did not say. */
    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind", length = 20)
    private EventKind eventKind;

    /** Where people join an online or hybrid event (http or https); an event only online has no place. */
    @Size(max = 500)
    @Pattern(regexp = "^(https?://\\S+)?$", message = "{workspace.validation.website}")
    @Column(name = "event_online_url", length = 500)
    private String eventOnlineUrl;

    /** Generated file name of the publication's PDF in the upload store, or null. */
    @Size(max = 200)
    @Column(name = "attachment", length = 200)
    private String attachment;

    /**
     * Key of the image from the organisation's media library shown with the post (on its page, in lists and as its
     * Open Graph image), or null.
     */
    @Pattern(regexp = "^" + MediaAddresses.KEY + "$")
    @Column(name = "featured_image", length = 32)
    private String featuredImage;

    public PostContent() {
    }

    public PostContent(PostType type, String title, String language) {
        this.type = type;
        this.title = title;
        this.language = language;
    }

    public PostContent copy() {
        PostContent copy = new PostContent(type, title, language);
        copy.summary = summary;
        copy.body = body;
        copy.tags = new TreeSet<>(tags);
        copy.eventStart = eventStart;
        copy.eventEnd = eventEnd;
        copy.eventLocation = eventLocation;
        copy.eventTimeZone = eventTimeZone;
        copy.eventKind = eventKind;
        copy.eventOnlineUrl = eventOnlineUrl;
        copy.attachment = attachment;
        copy.featuredImage = featuredImage;
        return copy;
    }

    /** Takes the data a translation shares with its original: type, tags and event data. */
    void shareGroupData(PostContent original) {
        type = original.type;
        tags = new TreeSet<>(original.tags);
        eventStart = original.eventStart;
        eventEnd = original.eventEnd;
        eventLocation = original.eventLocation;
        eventTimeZone = original.eventTimeZone;
        eventKind = original.eventKind;
        eventOnlineUrl = original.eventOnlineUrl;
    }

    boolean hasGroupDataOf(PostContent original) {
        return type == original.type && tags.equals(original.tags) && Objects.equals(eventStart, original.eventStart)
                && Objects.equals(eventEnd, original.eventEnd) && Objects.equals(eventLocation, original.eventLocation)
                && Objects.equals(eventTimeZone, original.eventTimeZone) && eventKind == original.eventKind
                && Objects.equals(eventOnlineUrl, original.eventOnlineUrl);
    }

    public PostType getType() { return type; }
    public void setType(PostType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }

    /** How much of the body search results may quote: marking words in it is the bulk of a search's work. */
    public static final int OPENING_LENGTH = 800;

    /**
     * The start of the body, up to {@link #OPENING_LENGTH} characters and cut between words: what a search result
     * quotes, its matching words marked by the portal. Words found only further down still find the post.
     */
    public String getOpening() {
        return opening(body);
    }

    /** The opening of a body, or of its first {@link #OPENING_LENGTH} + 1 characters (enough to know where to cut). */
    public static String opening(String body) {
        if (body == null || body.length() <= OPENING_LENGTH) {
            return body;
        }
        int cut = body.lastIndexOf(' ', OPENING_LENGTH);
        return body.substring(0, cut > OPENING_LENGTH / 2 ? cut : OPENING_LENGTH);
    }
    public void setBody(String body) { this.body = body; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public Set<String> getTags() { return tags; }
    public void setTags(Set<String> tags) { this.tags = new TreeSet<>(tags == null ? Set.of() : tags); }
    public LocalDateTime getEventStart() { return eventStart; }
    public void setEventStart(LocalDateTime eventStart) { this.eventStart = eventStart; }
    public LocalDateTime getEventEnd() { return eventEnd; }
    public void setEventEnd(LocalDateTime eventEnd) { this.eventEnd = eventEnd; }
    public String getEventLocation() { return eventLocation; }
    public String getEventTimeZone() { return eventTimeZone; }
    public void setEventTimeZone(String eventTimeZone) { this.eventTimeZone = eventTimeZone; }
    public void setEventLocation(String eventLocation) { this.eventLocation = eventLocation; }
    public EventKind getEventKind() { return eventKind; }
    public void setEventKind(EventKind eventKind) { this.eventKind = eventKind; }
    public String getEventOnlineUrl() { return eventOnlineUrl; }
    public void setEventOnlineUrl(String eventOnlineUrl) { this.eventOnlineUrl = eventOnlineUrl; }
    public String getAttachment() { return attachment; }
    public void setAttachment(String attachment) { this.attachment = attachment; }
    public String getFeaturedImage() { return featuredImage; }
    public void setFeaturedImage(String featuredImage) { this.featuredImage = featuredImage; }

    /** The keys of the library images this content uses: its featured image, then those in its text, each once. */
    public Set<String> imageKeys() {
        Set<String> keys = new LinkedHashSet<>();
        if (featuredImage != null) {
            keys.add(featuredImage);
        }
        keys.addAll(MediaAddresses.keysIn(body));
        return keys;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostContent c && type == c.type && Objects.equals(title, c.title)
                && Objects.equals(summary, c.summary) && Objects.equals(body, c.body)
                && Objects.equals(language, c.language) && tags.equals(c.tags)
                && Objects.equals(eventStart, c.eventStart) && Objects.equals(eventEnd, c.eventEnd)
                && Objects.equals(eventLocation, c.eventLocation) && Objects.equals(eventTimeZone, c.eventTimeZone)
                && eventKind == c.eventKind && Objects.equals(eventOnlineUrl, c.eventOnlineUrl)
                && Objects.equals(attachment, c.attachment) && Objects.equals(featuredImage, c.featuredImage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, title, language, eventStart);
    }

    /**
     * Events need a start and a place or a link to join online (or both) and cannot end before they start; reported on
     * those fields.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = TypeSpecificFieldsValidator.class)
    public @interface TypeSpecificFields {
        String message() default "{workspace.validation.type-specific}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class TypeSpecificFieldsValidator implements ConstraintValidator<TypeSpecificFields, PostContent> {
        @Override
        public boolean isValid(PostContent content, ConstraintValidatorContext context) {
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (content.type == PostType.EVENT) {
                if (content.eventStart == null) {
                    valid = violation(context, "eventStart", "{workspace.validation.event-required}");
                }
                if ((content.eventLocation == null || content.eventLocation.isBlank())
                        && (content.eventOnlineUrl == null || content.eventOnlineUrl.isBlank())) {
                    valid = violation(context, "eventLocation", "{workspace.validation.event-place-or-link}");
                }
            }
            if (content.eventStart != null && content.eventEnd != null && content.eventEnd.isBefore(content.eventStart)) {
                valid = violation(context, "eventEnd", "{workspace.validation.event-end}");
            }
            if (content.eventTimeZone != null && !TimeZones.CHOICES.contains(content.eventTimeZone)) {
                valid = violation(context, "eventTimeZone", "{workspace.validation.time-zone}");
            }
            return valid;
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
