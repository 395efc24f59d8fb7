package org.lastrada.portal.shared.posts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.type.SqlTypes;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.time.TimeZones;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.validation.Slugs;
import org.lastrada.portal.shared.workflow.ItemType;
import org.lastrada.portal.shared.workflow.ModerationEvent;
import org.lastrada.portal.shared.workflow.TransitionTable;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.lastrada.portal.shared.workflow.WorkflowException;
import org.lastrada.portal.shared.workflow.WorkflowStep;

/** A news item, statement, event or publication of one organisation, with its place in the workflow. */
@Entity
@Table(name = "post")
// The index is named by the layout of its fields and their analysis: when they change, the new name makes the first
// start rebuild it (SearchIndexLayoutTest). 3: each language's words in fields of their own (PostTextBinder). 4: every language's fields in every document (empty but for its own), so the norms of each field are dense.
// 5: no opening, nothing stored (results mark the database's text themselves).
@Indexed(index = "post-5", routingBinder = @RoutingBinderRef(type = PublishedPostRouting.class))
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    @IndexedEmbedded(includePaths = "slug")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW) // a slug never changes
    private MemberOrganisation organisation;

    @Column(name = "author_account_id")
    private Long authorAccountId;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @NotBlank
    @Size(max = 120)
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Valid
    @NotNull
    @Embedded
    @IndexedEmbedded
    private PostContent content;

    /** Embargo: not public before this moment, even once approved. */
    @Column(name = "publish_at")
    private Instant publishAt;

    /** When the post is (or becomes) public; set on approval. Public lists order by it. */
    @Column(name = "published_at")
    @GenericField(sortable = Sortable.YES)
    private Instant publishedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private PostStatus status = PostStatus.DRAFT;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** When the scheduled publishing job announced that the post had become public; null until then. */
    @Column(name = "announced_at")
    private Instant announcedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * The content's tags once more, as rows of post_tag (kept equal to them whenever the content changes): a list of
     * one tag's posts reads that table's index instead of every post's tags.
     */
    @ElementCollection
    @CollectionTable(name = "post_tag", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "tag", length = 40)
    private Set<String> tagRows = new HashSet<>();

    /**
     * The keys of the library images the live content uses (featured and in the text), as rows of post_image kept equal
     * to them whenever the content changes: whether an image is public is one look-up in that table's index.
     */
    @ElementCollection
    @CollectionTable(name = "post_image", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "image_key", length = 32)
    private Set<String> imageRows = new HashSet<>();

    /**
     * The original this post translates, or null for an original: an original and its translations are one translation
     * group. A translation has its own title, summary, text, language, address and workflow; its type, tags and event
     * data are its original's, copied when it is written and again whenever the original's change (see
     * {@link #shareWithTranslations}), so every reader of a post (its page, feeds, search, the API) finds them on the post.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "translation_of")
    private Post translationOf;

    /**
     * Equals translation_of while this translation counts in its group (neither rejected nor archived); unique with the
     * language (uk_post_live_translation), so a group has at most one such translation per language.
     */
    @Column(name = "live_translation_of")
    private Long liveTranslationOf;

    /** The translations of an original (none for a translation: a translation of a translation translates the original). */
    @OneToMany(mappedBy = "translationOf")
    private List<Post> translations = new ArrayList<>();

    /** Where a post taken from a member's own website came from; null for a post written here. */
    @Embedded
    private PostSource source;

    @Version
    private long version;

    protected Post() {
    }

    public Post(MemberOrganisation organisation, Actor author, String slug, PostContent content, Instant now) {
        this.organisation = organisation;
        this.authorAccountId = author.accountId();
        this.authorName = author.displayName();
        this.slug = slug;
        setContent(content);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * A post taken from the organisation's own website ({@code federation}): a draft like any other, remembering the
     * item's address and date there, which becomes its public date when it is approved.
     */
    public static Post fromSource(MemberOrganisation organisation, Actor feed, String slug, PostContent content, PostSource source,
                                  Instant now) {
        Post post = new Post(organisation, feed, slug, content, now);
        post.source = source;
        return post;
    }

    /**
     * The website changed an item that still waits for its first review: the reviewer reads the newest text. Only
     * while it waits; once decided, a change of the item becomes a revision like any change of a published post.
     */
    public void replaceFromSource(PostContent content, PostSource source, Instant now) {
        if (status != PostStatus.SUBMITTED || this.source == null) {
            throw new IllegalStateException(this + " is not a submitted post from a website");
        }
        setContent(content);
        this.source = source;
        this.updatedAt = now;
    }

    /**
     * A new draft translation of this post's group into a network language other than the original's and than those of
     * the group's other live translations; the translated content's type, tags and event data are replaced by the
     * original's. Refused (nothing changes) for a rejected or archived original.
     */
    public Post translate(Actor author, String slug, PostContent translated, Instant now) {
        // The original may be a lazy proxy: it is read through its methods only, never its fields.
        Post original = original();
        String language = translated.getLanguage();
        NetworkLanguage target = NetworkLanguage.fromCode(language).filter(l -> l.code().equals(language))
                .orElseThrow(() -> new InvalidInputException("language",
                        Message.of("workspace.refusal.translation.not-network-language", language)));
        if (original.getStatus() == PostStatus.REJECTED || original.getStatus() == PostStatus.ARCHIVED) {
            throw new WorkflowException(Message.of("workspace.refusal.translation.original-closed", original.description()));
        }
        if (language.equals(original.getContent().getLanguage())) {
            throw new InvalidInputException("language", Message.of("workspace.refusal.translation.same-language", original.getTitle(),
                    Message.of("language." + target.code())));
        }
        Post existing = original.liveTranslationIn(language);
        if (existing != null) {
            throw new InvalidInputException("language", Message.of("workspace.refusal.translation.exists", original.getTitle(),
                    Message.of("language." + target.code()), existing.getTitle()));
        }
        Post translation = new Post();
        translation.organisation = original.getOrganisation();
        translation.authorAccountId = author.accountId();
        translation.authorName = author.displayName();
        translation.slug = slug;
        translation.translationOf = original;
        translation.liveTranslationOf = original.getId();
        translation.setContent(translated);
        translation.createdAt = now;
        translation.updatedAt = now;
        original.addTranslation(translation);
        return translation;
    }

    /** Takes one workflow step and returns the moderation event to record. */
    public ModerationEvent perform(WorkflowAction action, Actor actor, String comment, Instant now) {
        PostStatus from = status;
        PostStatus to = WorkflowStep.take(PostStatus.TRANSITIONS, description(), from, action, actor, organisation, comment);
        status = to;
        updatedAt = now;
        if (to == PostStatus.SUBMITTED) {
            submittedAt = now;
        }
        if (to == PostStatus.PUBLISHED) {
            publishedAt = publishAt != null && publishAt.isAfter(now) ? publishAt : publicDateFromSource(now);
        }
        if (translationOf != null) {
            // A rejected or archived translation leaves its language free for a new one.
            liveTranslationOf = to == PostStatus.REJECTED || to == PostStatus.ARCHIVED ? null : translationOf.getId();
        }
        return WorkflowStep.record(ItemType.POST, id, organisation, actor, action, from, to, comment, now);
    }

    /** A post from a member's website keeps the date the website published it, unless that is still to come. */
    private Instant publicDateFromSource(Instant now) {
        Instant original = source == null ? null : source.getPublishedAt();
        return original != null && !original.isAfter(now) ? original : now;
    }

    /** Changes the content of a post that is not yet public; a published post changes through a revision. */
    public void edit(PostContent content, Instant publishAt, Instant now) {
        if (!status.isEditable()) {
            throw new WorkflowException(Message.of(status == PostStatus.PUBLISHED ? "workspace.refusal.post.published-not-editable"
                    : "workspace.refusal.post.not-editable", description(), TransitionTable.stateName(status)));
        }
        setContent(content);
        this.publishAt = publishAt;
        this.updatedAt = now;
        shareWithTranslations(now);
    }

    /** Applies an approved revision: the public sees the new content from now on. */
    void applyRevision(PostContent approved, Instant now) {
        setContent(approved);
        this.updatedAt = now;
        shareWithTranslations(now);
    }

    /**
     * A translation keeps its language and takes its original's type, tags and event data, whatever the new content
     * says of them; an original cannot take the language of one of its live translations.
     */
    private void setContent(PostContent content) {
        PostContent next = content.copy();
        if (translationOf != null) {
            if (this.content != null && !Objects.equals(next.getLanguage(), this.content.getLanguage())) {
                throw new InvalidInputException("language", Message.of("workspace.refusal.translation.language-fixed",
                        Message.of("language." + this.content.getLanguage())));
            }
            next.shareGroupData(translationOf.getContent());
        } else if (this.content != null && !Objects.equals(next.getLanguage(), this.content.getLanguage())
                && liveTranslationIn(next.getLanguage()) != null) {
            throw new InvalidInputException("language", Message.of("workspace.refusal.translation.original-language-taken", getTitle(),
                    Message.of("language." + next.getLanguage())));
        }
        this.content = next;
        syncTagRows();
        Set<String> images = next.imageKeys();
        imageRows.retainAll(images);
        imageRows.addAll(images);
    }

    /** The original's type, tags and event data, copied to each of its translations. */
    private void shareWithTranslations(Instant now) {
        for (Post translation : translations) {
            translation.followOriginal(content, now);
        }
    }

    /** Takes the original's shared data, if it changed. Not private, so that it reaches the post behind a lazy proxy. */
    void followOriginal(PostContent original, Instant now) {
        if (!content.hasGroupDataOf(original)) {
            content.shareGroupData(original);
            syncTagRows();
            updatedAt = now;
        }
    }

    void addTranslation(Post translation) {
        translations.add(translation);
    }

    private void syncTagRows() {
        tagRows.retainAll(this.content.getTags());
        tagRows.addAll(this.content.getTags());
    }

    /** Whether this translation counts in its group: neither rejected nor archived. */
    boolean isLiveTranslation() {
        return liveTranslationOf != null;
    }

    private static String englishName(NetworkLanguage language) {
        return language.locale().getDisplayLanguage(Locale.ENGLISH);
    }

    /** The group's live translation (neither rejected nor archived) in the language, or null; on an original. */
    Post liveTranslationIn(String language) {
        return translations.stream()
                .filter(t -> t.isLiveTranslation() && t.getContent().getLanguage().equals(language))
                .findFirst().orElse(null);
    }

    /** Public means published, past its publish moment, and of an active organisation. */
    public boolean isPublicAt(Instant now) {
        return status == PostStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now) && organisation.isActive();
    }

    public Long getId() { return id; }
    public MemberOrganisation getOrganisation() { return organisation; }
    public Long getAuthorAccountId() { return authorAccountId; }
    public String getAuthorName() { return authorName; }
    public String getSlug() { return slug; }
    public PostContent getContent() { return content; }
    public PostType getType() { return content.getType(); }
    public String getTitle() { return content.getTitle(); }
    public Instant getPublishAt() { return publishAt; }
    public void setPublishAt(Instant publishAt) { this.publishAt = publishAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public PostStatus getStatus() { return status; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getAnnouncedAt() { return announcedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }

    /** Where a post taken from a member's website came from; null for a post written here. */
    public PostSource getSource() { return source; }

    /** The original this post translates; null for an original. */
    public Post getTranslationOf() { return translationOf; }

    public boolean isTranslation() { return translationOf != null; }

    /** The original of this post's translation group: the post itself for an original. */
    public Post original() { return translationOf == null ? this : translationOf; }

    /** The id of the original of this post's translation group; read without loading the original. */
    public Long getOriginalId() { return translationOf == null ? id : translationOf.getId(); }

    @Override
    public String toString() {
        return "Post '" + slug + "'";
    }

    /** The zone an event's times are given in: the one its author chose, else its organisation's country's. */
    public ZoneId eventTimeZone() {
        return TimeZones.ofEvent(getContent().getEventTimeZone(), organisation.getCountryCode());
    }

    /** How messages to people name it: by its title, never by its internal address. */
    public Message description() {
        return Message.of("workspace.item.post", getTitle());
    }
}
