package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.pages.NetworkPageRepository;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two replicas on one database: each has its own {@link SharedContentVersion} on the same table. A change raised by
 * one is known to the other at its next refresh, and both then give the same content the same version.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.jpa.properties.hibernate.generate_statistics=true") // as PublicSiteIT: one application context
@ActiveProfiles("test")
class SharedContentVersionIT {

    @Autowired JdbcTemplate jdbc;
    @Autowired PublicContentVersion contentVersion;
    @Autowired NetworkPageRepository pages;
    @Autowired TransactionTemplate transaction;
    @Autowired PostRepository posts;

    @Test
    void aChangeRaisedThroughOneReplicaReachesTheOtherAtItsRefresh() {
        try (SharedContentVersion first = new SharedContentVersion(jdbc, Duration.ofSeconds(5));
             SharedContentVersion second = new SharedContentVersion(jdbc, Duration.ofSeconds(5))) {
            assertThat(first.current()).isEqualTo(second.current());

            long raised = first.raise();
            assertThat(raised).isGreaterThan(second.current());
            assertThat(first.current()).isEqualTo(raised);

            assertThat(second.refresh()).isEqualTo(raised);
            assertThat(second.current()).isEqualTo(first.current());
        }
    }

    @Test
    void aDatabaseRestoredWithAnOlderVersionOrNoneNeverMakesANumberStandForTwoContents() {
        try (SharedContentVersion replica = new SharedContentVersion(jdbc, Duration.ofSeconds(5))) {
            long raised = replica.raise();

            jdbc.update("update public_content_version set version = 0 where id = 1"); // restored from an older backup
            long afterRestore = replica.refresh();
            assertThat(afterRestore).isGreaterThan(raised);
            assertThat(jdbc.queryForObject("select version from public_content_version where id = 1", Long.class)).isEqualTo(afterRestore);

            jdbc.update("delete from public_content_version"); // restored without the row
            assertThat(replica.raise()).isGreaterThan(afterRestore);
        }
    }

    @Test
    void raisesAskedForAtOnceAllEndAboveTheVersionBeforeThemAndNoneIsLost() throws Exception {
        try (SharedContentVersion replica = new SharedContentVersion(jdbc, Duration.ofSeconds(5))) {
            long before = replica.current();
            List<CompletableFuture<Long>> raises = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                raises.add(CompletableFuture.supplyAsync(replica::raise));
            }
            for (CompletableFuture<Long> raise : raises) {
                assertThat(raise.get()).isGreaterThan(before);
            }
            // A raise asked for after the others ended is seen as well: the version keeps going up.
            long last = replica.current();
            assertThat(replica.raise()).isGreaterThan(last);
        }
    }

    @Test
    void aRevalidationAfterAChangeCommittedThroughAnotherReplicaIsNeverAnswered304() {
        contentVersion.refresh();
        String etagBefore = contentVersion.etag(newsRequest(null)).orElseThrow();
        assertThat(contentVersion.etag(newsRequest(etagBefore))).as("nothing changed: the revalidation matches").hasValue(etagBefore);

        jdbc.update("update public_content_version set version = version + 1 where id = 1"); // the other replica's change
        assertThat(contentVersion.etag(newsRequest(etagBefore)).orElseThrow()).as("a revalidation, with no refresh between")
                .isNotEqualTo(etagBefore);
        assertThat(contentVersion.etag(newsRequest(null))).as("and what this replica knows follows the number it read")
                .isEqualTo(contentVersion.etag(newsRequest(etagBefore)));
    }

    @Test
    void aChangeIsInEveryReplicasVersionAsSoonAsItIsCommittedAndARolledBackOneInNone() {
        try (SharedContentVersion otherReplica = new SharedContentVersion(jdbc, Duration.ofSeconds(5))) {
            long before = otherReplica.fresh().orElseThrow();
            transaction.executeWithoutResult(status -> {
                NetworkPage about = pages.findBySlug("about").orElseThrow();
                about.publish(about.getTitle(), about.getBody() + " ", about.getPosition(), Instant.now());
                status.setRollbackOnly();
            });
            assertThat(otherReplica.fresh().orElseThrow()).as("after a rolled back change").isEqualTo(before);

            transaction.executeWithoutResult(status -> {
                NetworkPage about = pages.findBySlug("about").orElseThrow();
                about.publish(about.getTitle(), about.getBody() + " ", about.getPosition(), Instant.now());
                pages.flush();
                assertThat(otherReplica.fresh().orElseThrow()).as("before the change commits").isEqualTo(before);
            });
            long after = otherReplica.fresh().orElseThrow();
            assertThat(after).as("read by the other replica right after the commit, with no refresh").isGreaterThan(before);
            assertThat(contentVersion.current().changes()).as("known by the replica that committed").isEqualTo(after);
        }
    }

    @Test
    void aChangeCommittedOnADatabaseRestoredWithAnOlderNumberEndsAboveEveryNumberThisReplicaUsed() {
        contentVersion.refresh();
        long before = contentVersion.current().changes();
        transaction.executeWithoutResult(status -> {
            jdbc.update("update public_content_version set version = 0 where id = 1"); // restored from an older backup
            NetworkPage about = pages.findBySlug("about").orElseThrow();
            about.publish(about.getTitle(), about.getBody() + " ", about.getPosition(), Instant.now());
        });
        // The change raised the restored number to 1, which this replica had used for older content: its caches, keyed
        // by the number, must read again, so the number must end above the one it knew.
        assertThat(contentVersion.current().changes()).isGreaterThan(before);
        assertThat(sharedVersion()).isEqualTo(contentVersion.current().changes());
    }

    /** A request for /news as the ETag filter sees it, revalidating the given ETag (or none). */
    private static MockHttpServletRequest newsRequest(String ifNoneMatch) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/news");
        request.addHeader("Host", "portal.example");
        if (ifNoneMatch != null) {
            request.addHeader("If-None-Match", ifNoneMatch);
        }
        return request;
    }

    @Test
    void aSaveThroughThisReplicaRaisesTheSharedVersion() {
        long before = jdbc.queryForObject("select version from public_content_version where id = 1", Long.class);
        transaction.executeWithoutResult(status -> {
            NetworkPage about = pages.findBySlug("about").orElseThrow();
            about.publish(about.getTitle(), about.getBody() + " ", about.getPosition(), Instant.now());
        });
        long after = jdbc.queryForObject("select version from public_content_version where id = 1", Long.class);
        assertThat(after).isGreaterThan(before);
        assertThat(contentVersion.current().changes()).isEqualTo(after);
    }

    @Test
    void anEditorsDraftLeavesTheVersionWhereItIsAndAPublishedPostsChangeRaisesIt() {
        // This class's restores make the other test contexts on the same database (replicas) put their numbers back
        // within their refresh interval: the number is measured once they have.
        contentVersion.refresh();
        long before = settledVersion();
        contentVersion.refresh();
        Long draftId = jdbc.queryForObject("select min(id) from post where status = 'DRAFT'", Long.class);
        transaction.executeWithoutResult(status -> {
            Post draft = posts.findById(draftId).orElseThrow();
            PostContent content = draft.getContent().copy();
            content.setSummary("A draft's new summary nobody outside the organisation sees yet");
            draft.edit(content, draft.getPublishAt(), Instant.now());
        });
        assertThat(sharedVersion()).isEqualTo(before);
        assertThat(contentVersion.current().changes()).isEqualTo(before);

        Long publishedId = jdbc.queryForObject("select min(id) from post where status = 'PUBLISHED'", Long.class);
        Instant publishAt = posts.findById(publishedId).orElseThrow().getPublishAt();
        transaction.executeWithoutResult(status -> posts.findById(publishedId).orElseThrow()
                .setPublishAt(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(sharedVersion()).isGreaterThan(before);
        assertThat(contentVersion.current().changes()).isEqualTo(sharedVersion());
        transaction.executeWithoutResult(status -> posts.findById(publishedId).orElseThrow().setPublishAt(publishAt));
    }

    private long sharedVersion() {
        return jdbc.queryForObject("select version from public_content_version where id = 1", Long.class);
    }

    /** The shared number once it has stayed the same for longer than a replica's refresh interval (2 s). */
    private long settledVersion() {
        long version = sharedVersion();
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                Thread.sleep(2_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long now = sharedVersion();
            if (now == version) {
                break;
            }
            version = now;
        }
        return version;
    }
}
