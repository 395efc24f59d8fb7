package org.lastrada.portal.shared.notifications;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.workflow.ModerationEvent;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.lastrada.portal.shared.workflow.WorkflowStepTaken;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears about a workflow step: the secretariat when something is submitted, the author and their
 * organisation's admins when the secretariat decides. The mail goes into the outbox in the same
 * transaction as the step, so a decision and its notification are written together.
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
class MailNotifications {

    private final OutboxMailRepository outbox;
    private final AccountRepository accounts;
    private final NotificationProperties properties;
    private final Clock clock;

    MailNotifications(OutboxMailRepository outbox, AccountRepository accounts, NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(WorkflowStepTaken step) {
        ModerationEvent event = step.event();
        switch (event.getAction()) {
            case SUBMIT, RESUBMIT -> toSecretariat(step);
            case APPROVE, REQUEST_CHANGES, REJECT, TAKE_DOWN -> toAuthor(step);
            default -> {
                // Withdrawing, archiving, discarding and direct publishing need nobody else's attention.
            }
        }
    }

    private void toSecretariat(WorkflowStepTaken step) {
        Set<String> moderators = emails(accounts.findByRoleInAndEnabledTrue(List.of(Role.MODERATOR, Role.ADMIN)));
        if (moderators.isEmpty()) {
            return;
        }
        ModerationEvent event = step.event();
        String subject = "Waiting for review: " + step.title();
        String body = event.getActorName() + " submitted \"" + step.title() + "\" for review.\n\n"
                + "Review it: " + properties.baseUrl() + "/workspace/moderation/" + reviewPath(event) + "\n";
        outbox.save(new OutboxMail(String.join(",", moderators), subject, body, clock.instant()));
    }

    private void toAuthor(WorkflowStepTaken step) {
        ModerationEvent event = step.event();
        Set<String> recipients = new LinkedHashSet<>();
        if (step.authorAccountId() != null) {
            accounts.findById(step.authorAccountId()).filter(Account::isEnabled).ifPresent(a -> recipients.add(a.getEmail()));
        }
        recipients.addAll(emails(accounts.findByOrganisationIdOrderByDisplayNameAsc(event.getOrganisationId()).stream()
                .filter(a -> a.getRole() == Role.ORG_ADMIN && a.isEnabled()).toList()));
        if (recipients.isEmpty()) {
            return;
        }
        String decision = switch (event.getAction()) {
            case APPROVE -> "approved";
            case REQUEST_CHANGES -> "sent back for changes";
            case REJECT -> "rejected";
            default -> "taken down";
        };
        String subject = "\"" + step.title() + "\" was " + decision;
        String body = event.getActorName() + " " + decision + " \"" + step.title() + "\"."
                + (event.getComment() == null ? "" : "\n\nComment:\n" + event.getComment())
                + "\n\nOpen it: " + properties.baseUrl() + authorPath(step) + "\n";
        outbox.save(new OutboxMail(String.join(",", recipients), subject, body, clock.instant()));
    }

    private static String reviewPath(ModerationEvent event) {
        return switch (event.getItemType()) {
            case POST -> "post/";
            case POST_REVISION -> "post-change/";
            case PROFILE_REVISION -> "profile-change/";
        } + event.getItemId();
    }

    private static String authorPath(WorkflowStepTaken step) {
        return step.postId() == null ? "/workspace/organisation" : "/workspace/posts/" + step.postId();
    }

    private static Set<String> emails(List<Account> people) {
        Set<String> emails = new LinkedHashSet<>();
        people.forEach(person -> emails.add(person.getEmail()));
        return emails;
    }
}
