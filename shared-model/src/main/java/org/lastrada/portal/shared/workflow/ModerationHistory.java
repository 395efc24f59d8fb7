package org.lastrada.portal.shared.workflow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Records workflow steps and announces them, in the caller's transaction. */
@Component
public class ModerationHistory {

    private final ModerationEventRepository events;
    private final ApplicationEventPublisher publisher;

    public ModerationHistory(ModerationEventRepository events, ApplicationEventPublisher publisher) {
        this.events = events;
        this.publisher = publisher;
    }

    public ModerationEvent record(ModerationEvent event, String title, Long postId, Long authorAccountId) {
        ModerationEvent saved = events.save(event);
        publisher.publishEvent(new WorkflowStepTaken(saved, title, postId, authorAccountId));
        return saved;
    }
}
