package org.lastrada.portal.shared.federation;

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
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.posts.PostType;

/**
 * One feed of a member organisation's own website (RSS, Atom or JSON Feed) that the portal reads, with what the last
 * fetches saw: the validators for a conditional GET, when it last changed, the last error in plain words, and how
 * many items it gave. Items become posts of the organisation, waiting for review unless the secretariat trusts the
 * feed.
 */
@Entity
@Table(name = "member_feed")
public class MemberFeed {

    /** After this many failures in a row the wait stops growing (2^6 intervals, capped by {@link #MAX_WAIT}). */
    private static final int MAX_BACK_OFF_STEPS = 6;
    static final Duration MAX_WAIT = Duration.ofHours(24);
    public static final int URL_LENGTH = 700;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private MemberOrganisation organisation;

    /** At most {@link #URL_LENGTH} characters: with the organisation, a unique key (MySQL's keys are at most 3,072 bytes). */
    @Column(nullable = false, length = URL_LENGTH)
    private String url;

    /** The feed's own title, as its last successful fetch gave it. */
    @Column(length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "default_type", nullable = false, length = 20)
    private PostType defaultType;

    /** The language of items that do not say theirs, nor the feed. */
    @Column(name = "default_language", nullable = false, length = 2)
    private String defaultLanguage;

    /** Items publish directly, without review (set by the secretariat only). */
    @Column(nullable = false)
    private boolean trusted;

    @Column(nullable = false)
    private boolean paused;

    @Column(name = "fetch_interval_minutes", nullable = false)
    private int fetchIntervalMinutes;

    @Column(length = 300)
    private String etag;

    @Column(name = "last_modified", length = 100)
    private String lastModified;

    @Column(name = "next_fetch_at", nullable = false)
    private Instant nextFetchAt;

    /** While a replica reads the feed: until when it holds it. "Read now" and resuming never shorten this lease. */
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_fetched_at")
    private Instant lastFetchedAt;

    /** When a fetch last brought a new or changed item. */
    @Column(name = "last_changed_at")
    private Instant lastChangedAt;

    /** What went wrong at the last fetch, a key of the message bundles ("federation.problem.not-found"); null if it worked. */
    @Column(name = "last_error", length = 100)
    private String lastError;

    /** The problem's detail (an HTTP status, a parser's words), its message's only argument. */
    @Column(name = "last_error_detail", length = 500)
    private String lastErrorDetail;

    /** Failed fetches in a row; each doubles the wait before the next one. */
    @Column(nullable = false)
    private int failures;

    @Column(name = "items_taken", nullable = false)
    private int itemsTaken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MemberFeed() {
    }

    MemberFeed(MemberOrganisation organisation, String url, PostType defaultType, String defaultLanguage, Duration interval,
               Instant now) {
        this.organisation = organisation;
        this.url = url;
        this.defaultType = defaultType;
        this.defaultLanguage = defaultLanguage;
        this.fetchIntervalMinutes = (int) interval.toMinutes();
        this.createdAt = now;
        this.nextFetchAt = now;
    }

    /** A fetch that worked (a 304 included): the next one after the feed's interval. */
    void fetched(String title, String etag, String lastModified, int newItems, Instant now) {
        if (title != null) {
            this.title = title.length() <= 300 ? title : title.substring(0, 300);
        }
        this.lastFetchedAt = now;
        this.claimedUntil = null;
        this.etag = etag != null && etag.length() <= 300 ? etag : null;
        this.lastModified = lastModified != null && lastModified.length() <= 100 ? lastModified : null;
        this.lastError = null;
        this.lastErrorDetail = null;
        this.failures = 0;
        if (newItems > 0) {
            this.itemsTaken += newItems;
            this.lastChangedAt = now;
        }
        this.nextFetchAt = now.plus(interval());
    }

    /**
     * A fetch that failed: the problem, which the workspace words in the reader's language, and a wait that doubles
     * with each failure in a row, up to a day. Items taken before the problem stay taken.
     */
    void failed(RemoteProblem problem, int newItems, Instant now) {
        this.lastFetchedAt = now;
        this.claimedUntil = null;
        this.lastError = problem.key();
        String detail = problem.detail();
        this.lastErrorDetail = detail == null ? null : detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.failures++;
        if (newItems > 0) {
            this.itemsTaken += newItems;
            this.lastChangedAt = now;
        }
        Duration wait = interval().multipliedBy(1L << Math.min(failures, MAX_BACK_OFF_STEPS));
        this.nextFetchAt = now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
    }

    /** Some items could not be taken (their text refused by the posts' rules): said, without waiting longer. */
    void noteRefusedItems(int refused) {
        this.lastError = "federation.problem.items-refused";
        this.lastErrorDetail = Integer.toString(refused);
    }

    void setPaused(boolean paused, Instant now) {
        this.paused = paused;
        if (!paused) {
            this.nextFetchAt = now;
        }
    }

    void setTrusted(boolean trusted) {
        this.trusted = trusted;
    }

    /** The same feed at a new address (the demo's, when the port changes), read at the next round from scratch. */
    void moveTo(String url, Instant now) {
        this.url = url;
        this.etag = null;
        this.lastModified = null;
        this.nextFetchAt = now;
    }

    /** Fetch at the next round, whatever the interval or the back-off say. */
    void fetchSoon(Instant now) {
        this.nextFetchAt = now;
    }

    Duration interval() {
        return Duration.ofMinutes(fetchIntervalMinutes);
    }

    public Long getId() { return id; }
    public MemberOrganisation getOrganisation() { return organisation; }
    public String getUrl() { return url; }
    public String getTitle() { return title; }
    public PostType getDefaultType() { return defaultType; }
    public String getDefaultLanguage() { return defaultLanguage; }
    public boolean isTrusted() { return trusted; }
    public boolean isPaused() { return paused; }
    public int getFetchIntervalMinutes() { return fetchIntervalMinutes; }
    public String getEtag() { return etag; }
    public String getLastModified() { return lastModified; }
    public Instant getNextFetchAt() { return nextFetchAt; }
    public Instant getLastFetchedAt() { return lastFetchedAt; }
    public Instant getLastChangedAt() { return lastChangedAt; }
    /** The last fetch's problem in words for people, or null if it worked. */
    public Message getLastError() {
        return lastError == null ? null : Message.of(lastError, lastErrorDetail == null ? "" : lastErrorDetail);
    }
    public int getFailures() { return failures; }
    public int getItemsTaken() { return itemsTaken; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
