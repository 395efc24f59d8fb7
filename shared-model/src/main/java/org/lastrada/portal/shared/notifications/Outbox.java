package org.lastrada.portal.shared.notifications;

import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every notification e-mail, sent or waiting, for administrators to read. */
@Service
public class Outbox {

    private final OutboxMailRepository mails;
    private final CurrentActor currentActor;

    Outbox(OutboxMailRepository mails, CurrentActor currentActor) {
        this.mails = mails;
        this.currentActor = currentActor;
    }

    @Transactional(readOnly = true)
    public Page<OutboxMail> newestFirst(Pageable pageable) {
        Actor actor = currentActor.require();
        if (!actor.isAdmin()) {
            throw new AccessDeniedException(actor.username() + " may not read the outbox.");
        }
        return mails.findAllByOrderByIdDesc(pageable);
    }
}
