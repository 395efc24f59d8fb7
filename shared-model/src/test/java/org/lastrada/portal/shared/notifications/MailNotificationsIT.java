package org.lastrada.portal.shared.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Notifications go out through a real SMTP server (GreenMail, in-process); when it is down, nothing is lost. */
@Tag("database")
@SpringBootTest(classes = SharedModelTestApplication.class, properties = {"portal.demo.enabled=true", "portal.mail.send=true",
        "portal.mail.dispatch-interval=1h", "portal.mail.base-url=https://portal.example.org"})
class MailNotificationsIT {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired PostSteps postSteps;
    @Autowired PostRepository posts;
    @Autowired AccountRepository accounts;
    @Autowired OutboxMailRepository outbox;
    @Autowired OutboxDispatcher dispatcher;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void moderatorsHearOfSubmissionsAndAuthorAndAdminsHearTheDecisionWithItsComment() throws Exception {
        Account editor = accounts.findByUsername("moldova.editor").orElseThrow();
        String title = "Helpline report " + UUID.randomUUID();
        Fixtures.signIn(editor.asActor());
        Post post = postSteps.createDraft(editor.asActor().organisationId(), Fixtures.content(title), null);
        postSteps.perform(post.getId(), WorkflowAction.SUBMIT, null);
        Fixtures.signIn(accounts.findByUsername("moderator").orElseThrow().asActor());
        postSteps.perform(post.getId(), WorkflowAction.REQUEST_CHANGES, "Please add the period the figures cover.");

        dispatcher.dispatch();

        MimeMessage submitted = received("Waiting for review: " + title);
        assertThat(recipients(submitted)).contains("moderator@example.org", "admin@example.org");
        assertThat(GreenMailUtil.getBody(submitted)).contains("https://portal.example.org/workspace/moderation/post/" + post.getId());

        MimeMessage decided = received("“" + title + "”: sent back for changes");
        assertThat(recipients(decided)).contains("moldova.editor@example.org", "moldova.admin@example.org")
                .doesNotContain("poland.editor@example.org");
        assertThat(GreenMailUtil.getBody(decided)).contains("Please add the period the figures cover.");
        assertThat(outbox.findAll()).filteredOn(m -> m.getSubject().contains(title))
                .allMatch(m -> m.getStatus() == OutboxMail.Status.SENT);
    }

    @Test
    void eachRecipientReadsTheMailInTheirWorkspaceLanguage() throws Exception {
        Account editor = accounts.findByUsername("poland.editor").orElseThrow();
        editor.chooseInterfaceLanguage(NetworkLanguage.POLISH);
        accounts.save(editor);
        try {
            String title = "Raport infolinii " + UUID.randomUUID();
            Fixtures.signIn(editor.asActor());
            Post post = postSteps.createDraft(editor.asActor().organisationId(), Fixtures.content(title), null);
            postSteps.perform(post.getId(), WorkflowAction.SUBMIT, null);
            Fixtures.signIn(accounts.findByUsername("moderator").orElseThrow().asActor());
            postSteps.perform(post.getId(), WorkflowAction.REJECT, "Poza zakresem sieci.");

            dispatcher.dispatch();

            // The secretariat reads English; the Polish editor reads Polish.
            assertThat(recipients(received("Waiting for review: " + title))).contains("moderator@example.org");
            MimeMessage polish = received("„" + title + "”: odrzucono");
            assertThat(recipients(polish)).contains("poland.editor@example.org");
            assertThat(GreenMailUtil.getBody(polish)).contains("Komentarz:", "Poza zakresem sieci.",
                    "https://portal.example.org/workspace/posts/" + post.getId());
        } finally {
            Account again = accounts.findByUsername("poland.editor").orElseThrow();
            again.chooseInterfaceLanguage(NetworkLanguage.ENGLISH);
            accounts.save(again);
        }
    }

    @Test
    void mailServerDownKeepsTheDecisionAndRetriesTheMail() {
        Account editor = accounts.findByUsername("moldova.editor").orElseThrow();
        String title = "Statement " + UUID.randomUUID();
        Fixtures.signIn(editor.asActor());
        Post post = postSteps.createDraft(editor.asActor().organisationId(), Fixtures.content(title), null);
        smtp.stop();

        postSteps.perform(post.getId(), WorkflowAction.SUBMIT, null);
        dispatcher.dispatch();

        assertThat(posts.findById(post.getId()).orElseThrow().getStatus()).isEqualTo(PostStatus.SUBMITTED);
        OutboxMail waiting = outbox.findAll().stream().filter(m -> m.getSubject().contains(title)).findFirst().orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getLastError()).isNotBlank();
        assertThat(waiting.getNextAttemptAt()).isAfter(waiting.getCreatedAt());
    }

    /** Two replicas' dispatchers run at the same moment over the same outbox: every mail still goes out once. */
    @Test
    void dispatchersRunningAtOnceSendEachMailOnce() throws Exception {
        String batch = UUID.randomUUID().toString();
        for (int i = 0; i < 40; i++) {
            outbox.save(new OutboxMail("editor" + i + "@example.org", "Mail " + i + " of " + batch, "Body " + i, Instant.now().minusSeconds(5)));
        }
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        try {
            List<Future<Integer>> runs = List.of(replicas.submit(() -> { together.await(); return dispatcher.dispatch(); }),
                    replicas.submit(() -> { together.await(); return dispatcher.dispatch(); }));
            int reported = runs.get(0).get(1, TimeUnit.MINUTES) + runs.get(1).get(1, TimeUnit.MINUTES);
            assertThat(reported).isGreaterThanOrEqualTo(40);
        } finally {
            replicas.shutdownNow();
        }
        dispatcher.dispatch(); // whatever one pass left for the next

        List<String> subjects = Arrays.stream(smtp.getReceivedMessages()).map(message -> {
            try {
                return message.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(subject -> subject.endsWith(batch)).toList();
        assertThat(subjects).hasSize(40).doesNotHaveDuplicates();
        assertThat(outbox.findAll()).filteredOn(m -> m.getSubject().endsWith(batch)).allMatch(m -> m.getStatus() == OutboxMail.Status.SENT);
    }

    private static MimeMessage received(String subject) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (subject.equals(message.getSubject())) {
                return message;
            }
        }
        throw new AssertionError("No mail with subject " + subject + " among " + Arrays.stream(smtp.getReceivedMessages())
                .map(m -> { try { return m.getSubject(); } catch (Exception e) { return "?"; } }).toList());
    }

    private static List<String> recipients(MimeMessage message) throws Exception {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    }
}
