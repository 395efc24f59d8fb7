package org.lastrada.portal.shared.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An item taken from a member's feed: its key (a hash of the item's id, else of its link) is unique in the
 * organisation, so the item becomes one post however often it is fetched; the hash of its content tells a changed
 * item from one seen before.
 */
@Entity
@Table(name = "member_feed_item")
public class MemberFeedItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "item_key", nullable = false, length = 64)
    private String itemKey;

    /** The feed it came from; null once that feed is removed (the item stays known, so it is not taken again). */
    @Column(name = "feed_id")
    private Long feedId;

    @Column(name = "post_id", nullable = false)
    private Long postId;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected MemberFeedItem() {
    }

    MemberFeedItem(Long organisationId, String itemKey, Long feedId, Long postId, String contentHash, Instant now) {
        this.organisationId = organisationId;
        this.itemKey = itemKey;
        this.feedId = feedId;
        this.postId = postId;
        this.contentHash = contentHash;
        this.takenAt = now;
        this.changedAt = now;
    }

    void changed(String contentHash, Instant now) {
        this.contentHash = contentHash;
        this.changedAt = now;
    }

    public Long getPostId() { return postId; }
    public String getContentHash() { return contentHash; }
    public Long getFeedId() { return feedId; }
}
