package org.lastrada.portal.shared.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.MutableClock;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.audit.AuditEvent;
import org.lastrada.portal.shared.audit.AuditEventRepository;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** An approved post with a future publish-at stays hidden until that moment, then is announced once. */
@Tag("database")
@SpringBootTest(classes = SharedModelTestApplication.class, properties = {"portal.demo.enabled=true",
        "portal.publishing.initial-delay=1h"})
@Import(ScheduledPublishingTest.Clocks.class)
@RecordApplicationEvents
class ScheduledPublishingTest {

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @Autowired MutableClock clock;
    @Autowired ScheduledPublishing publishing;
    @Autowired PostSteps postSteps;
    @Autowired PostRepository posts;
    @Autowired AccountRepository accounts;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEvents events;
    @Autowired AuditEventRepository auditEvents;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void embargoedStatementBecomesPublicAtItsMomentAndIsAnnouncedOnce() {
        var editor = accounts.findByUsername("poland.editor").orElseThrow().asActor();
        Fixtures.signIn(editor);
        Instant embargo = clock.instant().plus(Duration.ofHours(2));
        Post post = postSteps.createDraft(editor.organisationId(), Fixtures.content("Embargoed statement"), embargo);
        postSteps.perform(post.getId(), WorkflowAction.SUBMIT, null);
        Fixtures.signIn(accounts.findByUsername("moderator").orElseThrow().asActor());
        long versionAfterApproval = postSteps.perform(post.getId(), WorkflowAction.APPROVE, null).getVersion();
        publishing.announceDue();

        assertThat(isPublic(post.getId())).isFalse();
        assertThat(events.stream(PostWentPublic.class)).noneMatch(e -> e.postId().equals(post.getId()));

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        publishing.announceDue();
        publishing.announceDue();

        assertThat(isPublic(post.getId())).isTrue();
        assertThat(events.stream(PostWentPublic.class).filter(e -> e.postId().equals(post.getId()))).hasSize(1)
                .allMatch(e -> e.at().equals(embargo));
        Post announced = posts.findById(post.getId()).orElseThrow();
        assertThat(announced.getAnnouncedAt()).isEqualTo(clock.instant());
        assertThat(announced.getVersion()).as("announcing must not make an editor's next save conflict")
                .isEqualTo(versionAfterApproval);
    }

    /** Two replicas' jobs running at the same moment: each post due is announced by one of them, once. */
    @Test
    void jobsOfTwoReplicasRunningAtOnceAnnounceEachPostOnce() throws Exception {
        var editor = accounts.findByUsername("poland.editor").orElseThrow().asActor();
        var moderator = accounts.findByUsername("moderator").orElseThrow().asActor();
        Instant moment = clock.instant().plus(Duration.ofHours(1));
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Fixtures.signIn(editor);
            Post post = postSteps.createDraft(editor.organisationId(), Fixtures.content("Embargoed " + i + " " + batch), moment);
            postSteps.perform(post.getId(), WorkflowAction.SUBMIT, null);
            Fixtures.signIn(moderator);
            postSteps.perform(post.getId(), WorkflowAction.APPROVE, null);
            slugs.add(post.getSlug());
        }
        Fixtures.signOut();
        clock.advance(Duration.ofHours(1).plusMinutes(1));

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        try {
            List<Future<Integer>> runs = List.of(replicas.submit(() -> { together.await(); return publishing.announceDue(); }),
                    replicas.submit(() -> { together.await(); return publishing.announceDue(); }));
            runs.get(0).get(1, TimeUnit.MINUTES);
            runs.get(1).get(1, TimeUnit.MINUTES);
        } finally {
            replicas.shutdownNow();
        }
        publishing.announceDue(); // whatever both passed over (held by the other) is announced at the next run

        List<String> announced = auditEvents.findByActionOrderByOccurredAtDesc("post.public").stream()
                .map(AuditEvent::getTargetId).filter(slugs::contains).toList();
        assertThat(announced).hasSize(30).doesNotHaveDuplicates();
    }

    private boolean isPublic(Long postId) {
        return Boolean.TRUE.equals(transaction.execute(s -> posts.findById(postId).orElseThrow().isPublicAt(clock.instant())));
    }
}
