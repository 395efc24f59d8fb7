package org.lastrada.portal.shared.posts;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.workflow.ItemType;
import org.lastrada.portal.shared.workflow.Revision;
import org.lastrada.portal.shared.workflow.RevisionStatus;
import org.lastrada.portal.shared.workflow.TransitionTable;
import org.lastrada.portal.shared.workflow.WorkflowException;

/** A pending change to a published post: the public keeps seeing the live text until it is approved. */
@Entity
@Table(name = "post_revision")
public class PostRevision extends Revision {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false)
    private Post post;

    /** Equals post_id while the revision is open; a unique key so a post has at most one. */
    @Column(name = "open_for_post_id", unique = true)
    private Long openForPostId;

    @Valid
    @NotNull
    @Embedded
    private PostContent content;

    protected PostRevision() {
    }

    /** Starts a draft change of a published post, beginning from its live content. */
    public PostRevision(Post post, PostContent content, Actor author, Instant now) {
        super(RevisionStatus.DRAFT, author, now);
        if (post.getStatus() != PostStatus.PUBLISHED) {
            throw new WorkflowException(Message.of("workspace.refusal.post.revision-of-unpublished", post.description(),
                    TransitionTable.stateName(post.getStatus())));
        }
        this.post = post;
        this.openForPostId = post.getId();
        this.content = content.copy();
    }

    public void revise(PostContent content, Instant now) {
        touch(now);
        this.content = content.copy();
    }

    @Override
    public MemberOrganisation owner() {
        return post.getOrganisation();
    }

    @Override
    protected ItemType itemType() {
        return ItemType.POST_REVISION;
    }

    @Override
    protected void applyApproved(Instant now) {
        post.applyRevision(content, now);
    }

    @Override
    protected void openChanged(boolean open) {
        openForPostId = open ? post.getId() : null;
    }

    public Post getPost() { return post; }
    public PostContent getContent() { return content; }

    @Override
    public String toString() {
        return "Change of post '" + post.getSlug() + "'";
    }

    @Override
    public Message description() {
        return Message.of("workspace.item.post-change", post.getTitle());
    }
}
