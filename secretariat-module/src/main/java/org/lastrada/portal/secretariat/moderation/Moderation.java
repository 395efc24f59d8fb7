package org.lastrada.portal.secretariat.moderation;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.lastrada.portal.secretariat.moderation.ModerationQueue.Kind;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostRevision;
import org.lastrada.portal.shared.posts.PostRevisionRepository;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostWorkflow;
import org.lastrada.portal.shared.posts.TranslationGroupMember;
import org.lastrada.portal.shared.profiles.ProfileRevision;
import org.lastrada.portal.shared.profiles.ProfileRevisionRepository;
import org.lastrada.portal.shared.profiles.ProfileWorkflow;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.ItemType;
import org.lastrada.portal.shared.workflow.ModerationEvent;
import org.lastrada.portal.shared.workflow.ModerationEventRepository;
import org.lastrada.portal.shared.workflow.RevisionStatus;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's decisions on what waits in the queue. A decision names the version the moderator
 * looked at; if someone decided (or the author changed the item) in the meantime, it is refused with
 * "already decided by X at T" and nothing changes.
 */
@Service
public class Moderation {

    /** What a moderator reviews: the item as proposed, the live version it would replace (if any), its history. */
    public record Review(Kind kind, Long id, long version, MemberOrganisation organisation, String submitter,
                         Post post, PostRevision postRevision, ProfileRevision profileRevision, List<ModerationEvent> history) {
    }

    private final PostRepository posts;
    private final PostRevisionRepository postRevisions;
    private final ProfileRevisionRepository profileRevisions;
    private final ModerationEventRepository moderationEvents;
    private final PostWorkflow postWorkflow;
    private final ProfileWorkflow profileWorkflow;
    private final CurrentActor currentActor;

    Moderation(PostRepository posts, PostRevisionRepository postRevisions, ProfileRevisionRepository profileRevisions,
               ModerationEventRepository moderationEvents, PostWorkflow postWorkflow, ProfileWorkflow profileWorkflow,
               CurrentActor currentActor) {
        this.posts = posts;
        this.postRevisions = postRevisions;
        this.profileRevisions = profileRevisions;
        this.moderationEvents = moderationEvents;
        this.postWorkflow = postWorkflow;
        this.profileWorkflow = profileWorkflow;
        this.currentActor = currentActor;
    }

    @Transactional(readOnly = true)
    public Review review(Kind kind, Long id) {
        requireSecretariat();
        return switch (kind) {
            case POST -> {
                Post post = posts.findById(id).orElseThrow(() -> new InvalidInputException("id", Message.of("workspace.refusal.no-such-post")));
                if (post.getStatus() == PostStatus.DRAFT && !post.getOrganisation().isSecretariat()) {
                    // A member's draft is not the secretariat's business until it is submitted.
                    throw new AccessDeniedException("This post has not been submitted.");
                }
                post.getOrganisation().getName();
                yield new Review(kind, id, post.getVersion(), post.getOrganisation(), post.getAuthorName(), post, null, null,
                        history(ItemType.POST, id));
            }
            case POST_REVISION -> {
                PostRevision revision = postRevisions.findById(id).orElseThrow(() -> new InvalidInputException("id", Message.of("workspace.refusal.no-such-change")));
                revision.getPost().getOrganisation().getName();
                yield new Review(kind, id, revision.getVersion(), revision.owner(), revision.getAuthorName(), revision.getPost(),
                        revision, null, history(ItemType.POST_REVISION, id));
            }
            case PROFILE_REVISION -> {
                ProfileRevision revision = profileRevisions.findById(id)
                        .orElseThrow(() -> new InvalidInputException("id", Message.of("workspace.refusal.no-such-profile-change")));
                revision.getOrganisation().getProfile().getServices().size();
                revision.getOrganisation().getTranslations().size(); // what a translation's change is compared with
                yield new Review(kind, id, revision.getVersion(), revision.getOrganisation(), revision.getAuthorName(), null, null,
                        revision, history(ItemType.PROFILE_REVISION, id));
            }
        };
    }

    /**
     * The translation group of the post a review is about (a new post, or the change of a published one): its original
     * first, then its translations by language, each with its state; a post without translations is a group of one. A
     * member's drafts are listed by language and state only, without their title: not the secretariat's to read yet. A
     * profile change has no group (a translation's change names its language: {@code ProfileRevision.getLanguage()}).
     */
    @Transactional(readOnly = true)
    public List<TranslationGroupMember> translationGroup(Kind kind, Long id) {
        requireSecretariat();
        Post post = switch (kind) {
            case POST -> posts.findById(id).orElseThrow(() -> new InvalidInputException("id", Message.of("workspace.refusal.no-such-post")));
            case POST_REVISION -> postRevisions.findById(id).orElseThrow(() -> new InvalidInputException("id", Message.of("workspace.refusal.no-such-change")))
                    .getPost();
            case PROFILE_REVISION -> null;
        };
        if (post == null) {
            return List.of();
        }
        boolean ofAMember = !post.getOrganisation().isSecretariat();
        return posts.findTranslationGroup(post).stream()
                .map(member -> ofAMember && member.status() == PostStatus.DRAFT
                        ? new TranslationGroupMember(member.id(), member.slug(), member.language(), null, member.status(), member.original())
                        : member)
                .toList();
    }

    /** Approve, request changes or reject; refused if the item is no longer as the moderator saw it. */
    @Transactional
    public void decide(Kind kind, Long id, long seenVersion, WorkflowAction decision, String comment) {
        Actor actor = requireSecretariat();
        if (decision != WorkflowAction.APPROVE && decision != WorkflowAction.REQUEST_CHANGES && decision != WorkflowAction.REJECT) {
            throw new InvalidInputException("decision", Message.of("workspace.refusal.moderation.not-a-decision"));
        }
        switch (kind) {
            case POST -> {
                Post post = posts.findById(id).orElseThrow(() -> new InvalidInputException("id", Message.of("workspace.refusal.no-such-post")));
                requireUndecided(post.getVersion(), seenVersion, post.getStatus() == PostStatus.SUBMITTED, ItemType.POST, id);
                postWorkflow.take(post, decision, actor, comment);
            }
            case POST_REVISION -> {
                PostRevision revision = postRevisions.findById(id).orElseThrow(() -> new InvalidInputException("id", Message.of("workspace.refusal.no-such-change")));
                requireUndecided(revision.getVersion(), seenVersion, revision.getStatus() == RevisionStatus.SUBMITTED,
                        ItemType.POST_REVISION, id);
                postWorkflow.take(revision, decision, actor, comment);
            }
            case PROFILE_REVISION -> {
                ProfileRevision revision = profileRevisions.findById(id)
                        .orElseThrow(() -> new InvalidInputException("id", Message.of("workspace.refusal.no-such-profile-change")));
                requireUndecided(revision.getVersion(), seenVersion, revision.getStatus() == RevisionStatus.SUBMITTED,
                        ItemType.PROFILE_REVISION, id);
                profileWorkflow.take(revision, decision, actor, comment);
            }
        }
    }

    /**
     * A published post by its public address ({@code https://.../news/slug}), its path or its slug, for a
     * moderator who was told about a post that must come down.
     */
    @Transactional(readOnly = true)
    public Post findPublished(String addressOrSlug) {
        requireSecretariat();
        String text = addressOrSlug == null ? "" : addressOrSlug.strip();
        String slug = text.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        slug = slug.substring(slug.lastIndexOf('/') + 1);
        if (slug.isEmpty()) {
            throw new InvalidInputException("address", Message.of("workspace.refusal.moderation.address-empty"));
        }
        return posts.findBySlug(slug).filter(post -> post.getStatus() == PostStatus.PUBLISHED)
                .orElseThrow(() -> new InvalidInputException("address", Message.of("workspace.refusal.moderation.address-unknown", text)));
    }

    /** Takes a published post off the public site, with the reason the author will read. */
    @Transactional
    public void takeDown(Long postId, long seenVersion, String reason) {
        Actor actor = requireSecretariat();
        Post post = posts.findById(postId).orElseThrow(() -> new InvalidInputException("id", Message.of("workspace.refusal.no-such-post")));
        requireUndecided(post.getVersion(), seenVersion, post.getStatus() == PostStatus.PUBLISHED, ItemType.POST, postId);
        postWorkflow.take(post, WorkflowAction.TAKE_DOWN, actor, reason);
    }

    private void requireUndecided(long currentVersion, long seenVersion, boolean stillWaiting, ItemType type, Long id) {
        if (currentVersion == seenVersion && stillWaiting) {
            return;
        }
        List<ModerationEvent> events = history(type, id);
        ModerationEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
        throw new AlreadyDecidedException(last);
    }

    private List<ModerationEvent> history(ItemType type, Long id) {
        return moderationEvents.findByItemTypeAndItemIdOrderByOccurredAtAscIdAsc(type, id);
    }

    private Actor requireSecretariat() {
        Actor actor = currentActor.require();
        if (!actor.isSecretariat()) {
            throw new AccessDeniedException(actor.username() + " may not moderate.");
        }
        return actor;
    }

    /**
     * A decision on an item that someone else decided (or changed) after the moderator opened it. It carries the last
     * step taken, so the screen says who and when in the moderator's own time zone.
     */
    public static class AlreadyDecidedException extends RuntimeException {

        private final transient ModerationEvent lastStep;

        AlreadyDecidedException(ModerationEvent lastStep) {
            super(lastStep == null ? "The item changed since it was opened." : "Already decided by " + lastStep.getActorName()
                    + " at " + lastStep.getOccurredAt() + " (" + lastStep.getAction().label() + ").");
            this.lastStep = lastStep;
        }

        /** "Already decided by Adam at 2 Dec 2026, 14:00 EET (Approved). Nothing was changed.", with the time as given. */
        public Message explain(Function<Instant, String> time) {
            return lastStep == null ? Message.of("workspace.refusal.moderation.changed-since-opened")
                    : Message.of("workspace.refusal.moderation.already-decided", lastStep.getActorName(),
                    time.apply(lastStep.getOccurredAt()), Message.of(lastStep.getAction().messageKey()));
        }
    }
}
