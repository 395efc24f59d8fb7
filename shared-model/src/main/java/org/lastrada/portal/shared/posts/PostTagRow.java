package org.lastrada.portal.shared.posts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A row of post_tag read on its own, so that a list can start from one tag's posts (index ix_post_tag_tag). Written
 * only through {@link Post}'s tags.
 */
@Entity
@Immutable
@Table(name = "post_tag")
@IdClass(PostTagRow.Key.class)
class PostTagRow {

    @Id
    @Column(name = "post_id")
    private Long postId;

    @Id
    @Column(name = "tag", length = 40)
    private String tag;

    protected PostTagRow() {
    }

    /** The row's key: a post and one of its tags. */
    static class Key implements Serializable {
        private Long postId;
        private String tag;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(postId, key.postId) && Objects.equals(tag, key.tag);
        }

        @Override
        public int hashCode() {
            return Objects.hash(postId, tag);
        }
    }
}
