package org.lastrada.portal.members.posts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.media.MediaLibrary;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationKind;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostRevision;
import org.lastrada.portal.shared.posts.PostRevisionRepository;
import org.lastrada.portal.shared.posts.PostRow;
import org.lastrada.portal.shared.posts.PostSlugs;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.posts.PostWorkflow;
import org.lastrada.portal.shared.posts.TranslationGroupMember;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.validation.EntityValidator;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.ItemType;
import org.lastrada.portal.shared.workflow.ModerationEvent;
import org.lastrada.portal.shared.workflow.ModerationEventRepository;
import org.lastrada.portal.shared.workflow.ModerationHistory;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing posts and their translations, and taking the author's workflow steps (submit, withdraw, resubmit, archive,
 * and for the secretariat's own posts publish directly). Member staff only ever reach their own organisation's posts,
 * whatever id they pass; the secretariat's decisions on other organisations' posts are taken in moderation.
 */
@Service
public class PostAuthoring {

    private final PostRepository posts;
    private final PostRevisionRepository revisions;
    private final MemberOrganisationRepository organisations;
    private final ModerationEventRepository moderationEvents;
    private final ModerationHistory history;
    private final PostWorkflow workflow;
    private final PostSlugs slugs;
    private final EntityValidator validator;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final MediaLibrary media;
    private final Clock clock;

    PostAuthoring(PostRepository posts, PostRevisionRepository revisions, MemberOrganisationRepository organisations,
                  ModerationEventRepository moderationEvents, ModerationHistory history, PostWorkflow workflow,
                  PostSlugs slugs, EntityValidator validator, CurrentActor currentActor, AuditLog auditLog, MediaLibrary media,
                  Clock clock) {
        this.media = media;
        this.posts = posts;
        this.revisions = revisions;
        this.organisations = organisations;
        this.moderationEvents = moderationEvents;
        this.history = history;
        this.workflow = workflow;
        this.slugs = slugs;
        this.validator = validator;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A new draft of the actor's organisation (or, for the secretariat, of the secretariat). */
    @Transactional
    public Post createDraft(Long organisationId, PostContent content, Instant publishAt) {
        Actor actor = currentActor.require();
        MemberOrganisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new InvalidInputException("organisation", Message.of("workspace.refusal.no-such-organisation")));
        if (!actor.actsFor(organisation)) {
            throw new AccessDeniedException(actor.username() + " may not write posts for " + organisation + ".");
        }
        media.requireUsable(organisationId, content);
        Post post = new Post(organisation, actor, slugs.fromTitle(content.getTitle()), content, clock.instant());
        post.setPublishAt(publishAt);
        validator.check(post);
        Post saved = posts.save(post);
        auditLog.record(actor, "post.create", "post", saved.getSlug(), organisation.getId(), content.getTitle());
        return saved;
    }

    /**
     * Adds a translation to the translation group of a post of the actor's organisation (the secretariat: of its own
     * posts): a new draft in a network language the group does not have yet, with its own title, summary and text, and
     * the original's type, tags and event data (a publication starts with the original's PDF). It then goes through the
     * workflow like any post. Refused, with nothing written, for a language that is not a network language, the
     * original's, or one the group has, and for a rejected or archived original.
     */
    @Transactional
    public Post addTranslation(Long postId, String language, String title, String summary, String body, Instant publishAt) {
        Actor actor = currentActor.require();
        Post original = postOfOwnOrganisation(actor, postId).original();
        PostContent translated = original.getContent().copy();
        translated.setLanguage(language);
        translated.setTitle(title);
        translated.setSummary(summary);
        translated.setBody(body);
        media.requireUsable(original.getOrganisation().getId(), translated);
        // The original's address with the language: a title in Cyrillic would give no address of its own.
        String base = original.getSlug().substring(0, Math.min(original.getSlug().length(), PostSlugs.LENGTH - 3)).replaceAll("-+$", "");
        Post translation = original.translate(actor, slugs.from(base + "-" + language), translated, clock.instant());
        translation.setPublishAt(publishAt);
        validator.check(translation);
        Post saved = posts.save(translation);
        auditLog.record(actor, "post.translate", "post", saved.getSlug(), saved.getOrganisation().getId(),
                language + " translation of " + original.getSlug() + ": " + title);
        return saved;
    }

    /**
     * Starts a translation (see {@link #addTranslation}): a new draft in the language holding the original's title,
     * summary and text, for the author to translate before submitting it.
     */
    @Transactional
    public Post startTranslation(Long postId, String language) {
        PostContent original = postOfOwnOrganisation(currentActor.require(), postId).original().getContent();
        return addTranslation(postId, language, original.getTitle(), original.getSummary(), original.getBody(), null);
    }

    /**
     * The translation group of a post the actor may read (see {@link #read}): its original first, then its translations
     * by language, in any state; the secretariat reading a member's post sees that member's drafts by language and state
     * only.
     */
    @Transactional(readOnly = true)
    public List<TranslationGroupMember> translationGroup(Long postId) {
        Actor actor = currentActor.require();
        Post post = postVisibleTo(actor, postId);
        boolean own = actor.actsFor(post.getOrganisation());
        return posts.findTranslationGroup(post).stream()
                .map(member -> own || member.status() != PostStatus.DRAFT ? member
                        : new TranslationGroupMember(member.id(), member.slug(), member.language(), null, member.status(), member.original()))
                .toList();
    }

    /** Changes a draft (or a post sent back for changes); refuses if someone else saved it in the meantime. */
    @Transactional
    public Post edit(Long postId, long expectedVersion, PostContent content, Instant publishAt) {
        Actor actor = currentActor.require();
        Post post = postOfOwnOrganisation(actor, postId);
        requireVersion(post, expectedVersion);
        media.requireUsable(post.getOrganisation().getId(), content);
        post.edit(content, publishAt, clock.instant());
        validator.check(post);
        auditLog.record(actor, "post.edit", "post", post.getSlug(), post.getOrganisation().getId(), content.getTitle());
        return post;
    }

    /**
     * What the editor's buttons do: saves the post on the screen (a new one of the actor's own organisation when
     * {@code postId} is null, else the draft as it was at {@code expectedVersion}) and, when {@code then} is given, takes
     * that step of the author's (submit, resubmit, publish directly), in one transaction. A refused step, or the database
     * or the replica lost before the commit, leaves nothing written: saving again never makes a second post, nor meets
     * its own first half as "someone else saved this".
     */
    @Transactional
    public Post save(Long postId, long expectedVersion, PostContent content, Instant publishAt, WorkflowAction then) {
        Post saved = postId == null
                ? createDraft(ownOrganisation(currentActor.require()).getId(), content, publishAt)
                : edit(postId, expectedVersion, content, publishAt);
        return then == null ? saved : perform(saved.getId(), then, null);
    }

    /** Takes one of the author's workflow steps on a post of the actor's own organisation. */
    @Transactional
    public Post perform(Long postId, WorkflowAction action, String comment) {
        Actor actor = currentActor.require();
        requireAuthorStep(action);
        Post post = postOfOwnOrganisation(actor, postId);
        workflow.take(post, action, actor, comment);
        return post;
    }

    /** The posts of the actor's own organisation (for the secretariat: its own posts), one page at a time. */
    @Transactional(readOnly = true)
    public Page<PostRow> listOwn(PostStatus status, PostType type, Pageable pageable) {
        return posts.findForOrganisation(ownOrganisation(currentActor.require()).getId(), status, type, pageable);
    }

    /** The organisation the actor writes for: their own, or for secretariat staff the secretariat. */
    @Transactional(readOnly = true)
    public MemberOrganisation ownOrganisation(Actor actor) {
        if (actor.organisationId() != null) {
            return organisations.findById(actor.organisationId()).orElseThrow();
        }
        if (actor.isSecretariat()) {
            return organisations.findFirstByKind(OrganisationKind.SECRETARIAT)
                    .orElseThrow(() -> new IllegalStateException("The network has no secretariat organisation"));
        }
        throw new AccessDeniedException(actor.username() + " works for no organisation.");
    }

    /**
     * Proposes a change to a published post: the open revision is created or updated and submitted for
     * review, while the public keeps seeing the live text.
     */
    @Transactional
    public PostRevision proposeRevision(Long postId, long expectedVersion, PostContent content) {
        Actor actor = currentActor.require();
        Post post = postOfOwnOrganisation(actor, postId);
        requireVersion(post, expectedVersion);
        media.requireUsable(post.getOrganisation().getId(), content);
        Instant now = clock.instant();
        PostRevision revision = revisions.findByOpenForPostId(postId).orElse(null);
        if (revision == null) {
            revision = revisions.save(new PostRevision(post, content, actor, now));
        } else {
            revision.revise(content, now);
        }
        validator.check(revision);
        WorkflowAction submit = switch (revision.getStatus()) {
            case DRAFT -> WorkflowAction.SUBMIT;
            case CHANGES_REQUESTED -> WorkflowAction.RESUBMIT;
            default -> null;
        };
        if (submit != null) {
            history.record(revision.perform(submit, actor, null, now), content.getTitle(), post.getId(), revision.getAuthorAccountId());
        }
        auditLog.record(actor, "post.propose_revision", "post", post.getSlug(), post.getOrganisation().getId(), content.getTitle());
        return revision;
    }

    /** Takes one of the author's workflow steps on the change of a published post of the actor's organisation. */
    @Transactional
    public PostRevision performOnRevision(Long revisionId, WorkflowAction action, String comment) {
        Actor actor = currentActor.require();
        requireAuthorStep(action);
        PostRevision revision = revisions.findById(revisionId)
                .orElseThrow(() -> new InvalidInputException("revision", Message.of("workspace.refusal.no-such-change")));
        if (!actor.actsFor(revision.owner())) {
            throw new AccessDeniedException(actor.username() + " may not change this post.");
        }
        workflow.take(revision, action, actor, comment);
        return revision;
    }

    /** The open change of a published post, if any. */
    @Transactional(readOnly = true)
    public Optional<PostRevision> openRevision(Long postId) {
        postVisibleTo(currentActor.require(), postId);
        return revisions.findByOpenForPostId(postId);
    }

    /** Any state of a post, for its owner; the secretariat reads members' posts once they are submitted. */
    @Transactional(readOnly = true)
    public Post read(Long postId) {
        return postVisibleTo(currentActor.require(), postId);
    }

    @Transactional(readOnly = true)
    public List<ModerationEvent> history(Long postId) {
        postVisibleTo(currentActor.require(), postId);
        return moderationEvents.findByItemTypeAndItemIdOrderByOccurredAtAscIdAsc(ItemType.POST, postId);
    }

    /** The author's steps, and publishing directly (the secretariat on its own posts); decisions belong to moderation. */
    private static void requireAuthorStep(WorkflowAction action) {
        if (action.isModeration() && action != WorkflowAction.PUBLISH_DIRECTLY) {
            throw new InvalidInputException("action", Message.of("workspace.refusal.moderation-decision"));
        }
    }

    private Post postOfOwnOrganisation(Actor actor, Long postId) {
        Post post = posts.findById(postId).orElseThrow(() -> new InvalidInputException("post", Message.of("workspace.refusal.no-such-post")));
        if (!actor.actsFor(post.getOrganisation())) {
            // Do not even confirm that another organisation's post exists.
            throw new AccessDeniedException(actor.username() + " may not change this post.");
        }
        return post;
    }

    /**
     * A post the actor may read: its organisation's own staff see every state; the secretariat sees the
     * posts of members once they are submitted (a draft is nobody else's business).
     */
    private Post postVisibleTo(Actor actor, Long postId) {
        Post post = posts.findById(postId).orElseThrow(() -> new InvalidInputException("post", Message.of("workspace.refusal.no-such-post")));
        boolean secretariatMaySee = actor.isSecretariat() && post.getStatus() != PostStatus.DRAFT;
        if (!actor.actsFor(post.getOrganisation()) && !secretariatMaySee) {
            throw new AccessDeniedException(actor.username() + " may not read or change this post.");
        }
        return post;
    }

    private static void requireVersion(Post post, long expectedVersion) {
        if (post.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Post.class, post.getId());
        }
    }

}
