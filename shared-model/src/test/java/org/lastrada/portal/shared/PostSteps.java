package org.lastrada.portal.shared;

import java.time.Clock;
import java.time.Instant;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostRevision;
import org.lastrada.portal.shared.posts.PostRevisionRepository;
import org.lastrada.portal.shared.posts.PostWorkflow;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.validation.Slugs;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Test data through the domain's own workflow: a draft written by the signed-in actor, and any workflow step
 * the transition table allows that actor. Tests of one module use it to reach a state another module's
 * service would produce (a moderator's approval in a members' test, an author's submission in a secretariat one).
 */
@Component
public class PostSteps {

    private final PostRepository posts;
    private final PostRevisionRepository revisions;
    private final MemberOrganisationRepository organisations;
    private final PostWorkflow workflow;
    private final CurrentActor currentActor;
    private final Clock clock;

    PostSteps(PostRepository posts, PostRevisionRepository revisions, MemberOrganisationRepository organisations, PostWorkflow workflow, CurrentActor currentActor,
              Clock clock) {
        this.posts = posts;
        this.revisions = revisions;
        this.organisations = organisations;
        this.workflow = workflow;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** A draft of the organisation, written by the signed-in actor. */
    @Transactional
    public Post createDraft(Long organisationId, PostContent content, Instant publishAt) {
        Actor actor = currentActor.require();
        String slug = Fixtures.uniqueSlug(Slugs.fromTitle(content.getTitle(), 80));
        Post post = new Post(organisations.findById(organisationId).orElseThrow(), actor, slug, content, clock.instant());
        post.setPublishAt(publishAt);
        return posts.save(post);
    }

    /** A draft translation of the post's group, written by the signed-in actor, titled and summarised in the language. */
    @Transactional
    public Post translate(Long postId, String language, String title) {
        Post post = posts.findById(postId).orElseThrow();
        PostContent translated = post.getContent().copy();
        translated.setLanguage(language);
        translated.setTitle(title);
        translated.setSummary(title + " (" + language + ")");
        translated.setBody("Translated text in " + language + ".");
        String slug = Fixtures.uniqueSlug(post.getOriginalId() + "-" + language);
        return posts.save(post.translate(currentActor.require(), slug, translated, clock.instant()));
    }

    /** Changes the content of a post as its author would (a draft, or one sent back for changes). */
    @Transactional
    public Post edit(Long postId, PostContent content) {
        Post post = posts.findById(postId).orElseThrow();
        post.edit(content, post.getPublishAt(), clock.instant());
        return post;
    }

    /** One workflow step by the signed-in actor, recorded as the services record it. */
    @Transactional
    public Post perform(Long postId, WorkflowAction action, String comment) {
        Post post = posts.findById(postId).orElseThrow();
        workflow.take(post, action, currentActor.require(), comment);
        return post;
    }

    /** One workflow step by the signed-in actor on the change of a published post. */
    @Transactional
    public PostRevision performOnRevision(Long revisionId, WorkflowAction action, String comment) {
        PostRevision revision = revisions.findById(revisionId).orElseThrow();
        workflow.take(revision, action, currentActor.require(), comment);
        return revision;
    }

    /** A change of a published post by the signed-in author, submitted for review. */
    @Transactional
    public PostRevision proposeRevision(Long postId, PostContent content) {
        Post post = posts.findById(postId).orElseThrow();
        PostRevision revision = revisions.save(new PostRevision(post, content, currentActor.require(), clock.instant()));
        workflow.take(revision, WorkflowAction.SUBMIT, currentActor.require(), null);
        return revision;
    }

    /** A post taken from the organisation's own website and waiting for review, as the feed ingestion leaves it. */
    @Transactional
    public Post submittedFromWebsite(Long organisationId, PostContent content, String url) {
        var organisation = organisations.findById(organisationId).orElseThrow();
        var website = new org.lastrada.portal.shared.security.Actor(null, "feed:test", java.net.URI.create(url).getHost(),
                org.lastrada.portal.shared.security.Role.EDITOR, organisationId);
        Post post = posts.save(Post.fromSource(organisation, website, Fixtures.uniqueSlug("from-website"), content,
                new org.lastrada.portal.shared.posts.PostSource(url, true, clock.instant()), clock.instant()));
        workflow.take(post, WorkflowAction.SUBMIT, website, null);
        return post;
    }
}
