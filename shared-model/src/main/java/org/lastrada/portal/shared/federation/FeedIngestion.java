package org.lastrada.portal.shared.federation;

import jakarta.validation.ConstraintViolationException;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.content.HtmlToMarkdown;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostRevision;
import org.lastrada.portal.shared.posts.PostRevisionRepository;
import org.lastrada.portal.shared.posts.PostSlugs;
import org.lastrada.portal.shared.posts.PostSource;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostWorkflow;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.EntityValidator;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.validation.Slugs;
import org.lastrada.portal.shared.workflow.RevisionStatus;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the items of a member's feed into posts of the organisation, each item in its own transaction (an item is
 * taken whole or not at all). A new item becomes a post sent for review, marked with its source; an item seen
 * before is skipped unless it changed: while its post waits for its first review the post takes the new text, once
 * published the change is a revision sent for review; a post the organisation's staff or the secretariat took in hand
 * (sent back, rejected, archived, or with a change of their own waiting) keeps their decision. A trusted feed's posts
 * and changes are approved at once, in the feed's name, and the moderation history and audit say so.
 */
@Component
public class FeedIngestion {

    /**
     * What one round of ingestion did. {@code unsettled}: an item failed for another reason than its own content (a
     * conflict with a moderator's decision at that moment, the database), so the feed is read in full next time.
     */
    public record Outcome(int taken, int changed, int refused, boolean unsettled) {
    }

    private static final Logger log = LoggerFactory.getLogger(FeedIngestion.class);
    private static final int MAX_TAGS = 8;
    private static final int TITLE_LENGTH = 200;
    private static final int SUMMARY_LENGTH = 500;
    private static final int BODY_LENGTH = 100_000;

    private final MemberFeedRepository feeds;
    private final MemberFeedItemRepository items;
    private final PostRepository posts;
    private final PostRevisionRepository revisions;
    private final PostWorkflow workflow;
    private final PostSlugs slugs;
    private final HtmlToMarkdown html;
    private final EntityValidator validator;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FeedIngestion(MemberFeedRepository feeds, MemberFeedItemRepository items, PostRepository posts, PostRevisionRepository revisions, PostWorkflow workflow,
                  PostSlugs slugs, HtmlToMarkdown html, EntityValidator validator, AuditLog auditLog, TransactionTemplate transaction,
                  Clock clock) {
        this.feeds = feeds;
        this.items = items;
        this.posts = posts;
        this.revisions = revisions;
        this.workflow = workflow;
        this.slugs = slugs;
        this.html = html;
        this.validator = validator;
        this.auditLog = auditLog;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Takes the newest {@code maxItems} items of the feed, oldest first (so the posts' ids follow the website's order). */
    Outcome ingest(Long feedId, ParsedFeed parsed, int maxItems) {
        List<ParsedFeed.Item> newest = new ArrayList<>(parsed.items().stream()
                .filter(item -> item.id() != null || item.link() != null)
                .sorted(Comparator.comparing(ParsedFeed.Item::date, Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .limit(maxItems)
                .toList());
        Collections.reverse(newest);
        int taken = 0;
        int changed = 0;
        int refused = 0;
        boolean unsettled = false;
        for (ParsedFeed.Item item : newest) {
            try {
                Step step = transaction.execute(status -> ingest(feeds.findById(feedId).orElseThrow(
                        () -> new IllegalStateException("The feed was removed")), parsed, item));
                taken += step == Step.TAKEN ? 1 : 0;
                changed += step == Step.CHANGED ? 1 : 0;
            } catch (ConstraintViolationException | DataIntegrityViolationException | IllegalStateException | InvalidInputException e) {
                refused++; // the item's own content: refused again next time, so not retried
            } catch (RuntimeException e) {
                log.warn("An item of feed {} was not taken, and will be tried again: {}", feedId, e.toString());
                refused++;
                unsettled = true;
            }
        }
        return new Outcome(taken, changed, refused, unsettled);
    }

    private enum Step { TAKEN, CHANGED, UNCHANGED }

    private Step ingest(MemberFeed feed, ParsedFeed parsed, ParsedFeed.Item item) {
        MemberOrganisation organisation = feed.getOrganisation();
        String key = sha256(item.id() != null ? "id:" + item.id() : "link:" + item.link());
        Optional<PostContent> read = content(feed, parsed, item);
        if (read.isEmpty()) {
            throw new IllegalStateException("An item without a title or text");
        }
        PostContent content = read.get();
        String hash = sha256(String.join("\u0000", content.getTitle(), String.valueOf(content.getSummary()), content.getBody(),
                content.getLanguage(), String.valueOf(content.getTags()), String.valueOf(item.link())));
        PostSource source = source(item, feed);
        Instant now = clock.instant();
        Actor website = websiteActor(feed, parsed);
        MemberFeedItem known = items.findByOrganisationIdAndItemKey(organisation.getId(), key).orElse(null);
        if (known == null) {
            Post post = Post.fromSource(organisation, website, slugs.fromTitle(content.getTitle()), content, source, now);
            validator.check(post);
            posts.save(post);
            workflow.take(post, WorkflowAction.SUBMIT, website, null);
            if (feed.isTrusted()) {
                workflow.take(post, WorkflowAction.APPROVE, trustedFeedActor(feed), null);
            }
            items.save(new MemberFeedItem(organisation.getId(), key, feed.getId(), post.getId(), hash, now));
            auditLog.recordAnonymous(website.username(), "post.ingest", "post", post.getSlug(), organisation.getId(),
                    (feed.isTrusted() ? "published from trusted feed " : "taken for review from feed ") + feed.getUrl() + ": " + source.getUrl());
            return Step.TAKEN;
        }
        if (known.getContentHash().equals(hash)) {
            return Step.UNCHANGED;
        }
        Post post = posts.findById(known.getPostId()).orElseThrow(() -> new IllegalStateException("The item's post is gone"));
        boolean applied;
        if (post.getStatus() == PostStatus.SUBMITTED && post.getSource() != null) {
            post.replaceFromSource(content, source, now);
            validator.check(post);
            applied = true;
        } else if (post.getStatus() == PostStatus.PUBLISHED) {
            applied = reviseFromSource(feed, post, content, website, now);
        } else {
            applied = false; // the organisation or the secretariat decided on the post; the website's change does not undo it
        }
        if (!applied) {
            // Not recorded as seen: once the staff's own change is decided, the website's next change of the item is taken.
            return Step.UNCHANGED;
        }
        known.changed(hash, now);
        auditLog.recordAnonymous(website.username(), "post.ingest_change", "post", post.getSlug(), organisation.getId(),
                "changed on the website: " + source.getUrl());
        return Step.CHANGED;
    }

    /** Whether the change was made (a revision sent for review, or approved for a trusted feed). */
    private boolean reviseFromSource(MemberFeed feed, Post post, PostContent content, Actor website, Instant now) {
        PostRevision open = revisions.findByOpenForPostId(post.getId()).orElse(null);
        if (open != null && (open.getAuthorAccountId() != null || open.getStatus() != RevisionStatus.SUBMITTED)) {
            return false; // a change by the organisation's staff is under way: theirs goes first
        }
        PostRevision revision;
        if (open == null) {
            revision = revisions.save(new PostRevision(post, content, website, now));
            validator.check(revision);
            workflow.take(revision, WorkflowAction.SUBMIT, website, null);
        } else {
            revision = open;
            revision.revise(content, now);
            validator.check(revision);
        }
        if (feed.isTrusted()) {
            workflow.take(revision, WorkflowAction.APPROVE, trustedFeedActor(feed), null);
        }
        return true;
    }

    /** The item as a post's content, or empty for an item with neither title nor text. */
    private Optional<PostContent> content(MemberFeed feed, ParsedFeed parsed, ParsedFeed.Item item) {
        String body = html.convert(item.bodyHtml() != null ? item.bodyHtml() : item.summaryHtml());
        String summary = item.bodyHtml() != null ? html.plainText(item.summaryHtml()) : "";
        String title = item.title() != null ? html.plainText(item.title()) : cut(html.plainText(item.bodyHtml() != null
                ? item.bodyHtml() : item.summaryHtml()), 120);
        if (title.isBlank()) {
            return Optional.empty();
        }
        PostContent content = new PostContent(feed.getDefaultType(), cut(title, TITLE_LENGTH), language(feed, parsed, item));
        content.setSummary(summary.isBlank() || summary.equals(title) ? null : cut(summary, SUMMARY_LENGTH));
        content.setBody(body.length() <= BODY_LENGTH ? body : body.substring(0, BODY_LENGTH - 1) + "…");
        content.setTags(tags(item.categories()));
        return Optional.of(content);
    }

    /** The item's language, else the feed's, else the one chosen for the feed; a network or ISO code, else the chosen one. */
    private static String language(MemberFeed feed, ParsedFeed parsed, ParsedFeed.Item item) {
        for (String candidate : new String[] {item.language(), parsed.language()}) {
            if (candidate != null) {
                String code = candidate.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
                if (code.length() == 2 && Set.of(Locale.getISOLanguages()).contains(code)) {
                    return code;
                }
            }
        }
        return feed.getDefaultLanguage();
    }

    private static Set<String> tags(List<String> categories) {
        Set<String> tags = new LinkedHashSet<>();
        for (String category : categories) {
            String tag = Slugs.fromTitle(category, 40);
            if (!tag.equals("item") && tags.size() < MAX_TAGS) {
                tags.add(tag);
            }
        }
        return new TreeSet<>(tags);
    }

    /**
     * Where the item came from: its own address (resolved against the feed's, an international domain name in its ASCII
     * form), the post's canonical page only when it is on the feed's site; an item without a usable address names the
     * website's home page, never as canonical (the feed's own address is no page to send readers or search engines to).
     */
    static PostSource source(ParsedFeed.Item item, MemberFeed feed) {
        URI feedAddress = URI.create(feed.getUrl());
        URI link = webAddress(item.link(), feedAddress);
        if (link != null) {
            return new PostSource(link.toString(), sameSite(link.getHost(), feedAddress.getHost()), item.date());
        }
        return new PostSource(feedAddress.getScheme() + "://" + feedAddress.getRawAuthority() + "/", false, item.date());
    }

    private static URI webAddress(String link, URI base) {
        if (link == null || link.isBlank() || link.length() > 1000) {
            return null;
        }
        try {
            URI uri = base.resolve(link.strip().replace(" ", "%20"));
            if (uri.getHost() == null && uri.getRawAuthority() != null) {
                // A domain in another script (https://сайт.укр/...): the URI keeps it as a name it cannot read as a host.
                String authority = uri.getRawAuthority();
                uri = new URI(uri.getScheme(), IDN.toASCII(authority, IDN.ALLOW_UNASSIGNED), uri.getPath(), uri.getQuery(), uri.getFragment());
                uri = new URI(uri.toASCIIString());
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && uri.getRawUserInfo() == null && uri.toString().length() <= 1000 ? uri : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The same site: the same host, or one a sub-domain of the other ("news.strada.org.pl" and "strada.org.pl"). */
    static boolean sameSite(String one, String other) {
        String a = one.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String b = other.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a);
    }

    /**
     * The website as the author of its items, named by its feed's title (else its host): a member of its organisation,
     * so it may submit, and no account.
     */
    private static Actor websiteActor(MemberFeed feed, ParsedFeed parsed) {
        String name = parsed.title() != null ? parsed.title() : host(feed);
        return new Actor(null, "feed:" + feed.getId(), cut(name, 120), Role.EDITOR, feed.getOrganisation().getId());
    }

    /** Approves on behalf of the secretariat, which trusted the feed. */
    private static Actor trustedFeedActor(MemberFeed feed) {
        return new Actor(null, "feed:" + feed.getId(), cut(host(feed), 120), Role.MODERATOR, null);
    }

    private static String host(MemberFeed feed) {
        String host = java.net.URI.create(feed.getUrl()).getHost();
        return host == null ? feed.getUrl() : host;
    }

    private static String cut(String text, int length) {
        String stripped = text.strip();
        return stripped.length() <= length ? stripped : stripped.substring(0, length - 1).stripTrailing() + "…";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
