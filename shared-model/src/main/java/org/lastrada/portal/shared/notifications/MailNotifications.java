package org.lastrada.portal.shared.notifications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.workflow.ModerationEvent;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.lastrada.portal.shared.workflow.WorkflowStepTaken;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears about a workflow step: the secretariat when something is submitted, the author and their
 * organisation's admins when the secretariat decides, each in the language they read the workspace in. The mail goes
 * into the outbox in the same transaction as the step, so a decision and its notification are written together.
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
class MailNotifications {

    private final OutboxMailRepository outbox;
    private final AccountRepository accounts;
    private final NotificationProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    MailNotifications(OutboxMailRepository outbox, AccountRepository accounts, NotificationProperties properties, MessageSource messages,
                      Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
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
        ModerationEvent event = step.event();
        String link = properties.baseUrl() + "/workspace/moderation/" + reviewPath(event);
        send(accounts.findByRoleInAndEnabledTrue(List.of(Role.MODERATOR, Role.ADMIN)), language -> new Letter(
                text(language, "workspace.mail.review.subject", step.title()),
                text(language, "workspace.mail.review.body", event.getActorName(), step.title()) + "\n\n"
                        + text(language, "workspace.mail.review.link", link) + "\n"));
    }

    private void toAuthor(WorkflowStepTaken step) {
        ModerationEvent event = step.event();
        List<Account> recipients = new ArrayList<>();
        if (step.authorAccountId() != null) {
            accounts.findById(step.authorAccountId()).filter(Account::isEnabled).ifPresent(recipients::add);
        }
        recipients.addAll(accounts.findByOrganisationIdOrderByDisplayNameAsc(event.getOrganisationId()).stream()
                .filter(a -> a.getRole() == Role.ORG_ADMIN && a.isEnabled()).toList());
        String decision = switch (event.getAction()) {
            case APPROVE -> "workspace.mail.decision.approve";
            case REQUEST_CHANGES -> "workspace.mail.decision.request-changes";
            case REJECT -> "workspace.mail.decision.reject";
            default -> "workspace.mail.decision.take-down";
        };
        String link = properties.baseUrl() + authorPath(step);
        send(recipients, language -> new Letter(
                text(language, "workspace.mail.decision.subject", step.title(), text(language, decision)),
                text(language, "workspace.mail.decision.body", event.getActorName(), step.title(), text(language, decision))
                        + (event.getComment() == null ? "" : "\n\n" + text(language, "workspace.mail.decision.comment") + "\n"
                                + event.getComment())
                        + "\n\n" + text(language, "workspace.mail.decision.link", link) + "\n"));
    }

    private record Letter(String subject, String body) {
    }

    /**
     * One mail per language the people read the workspace in, written in it, to each address once (an address shared
     * by two accounts gets the first one's language).
     */
    private void send(List<Account> people, Function<NetworkLanguage, Letter> write) {
        Map<NetworkLanguage, Set<String>> byLanguage = new EnumMap<>(NetworkLanguage.class);
        Set<String> addressed = new HashSet<>();
        for (Account person : people) {
            if (addressed.add(person.getEmail())) {
                byLanguage.computeIfAbsent(person.interfaceLanguage(), language -> new LinkedHashSet<>()).add(person.getEmail());
            }
        }
        byLanguage.forEach((language, emails) -> {
            Letter letter = write.apply(language);
            outbox.save(new OutboxMail(String.join(",", emails), letter.subject(), letter.body(), clock.instant()));
        });
    }

    private String text(NetworkLanguage language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
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
}
