package org.lastrada.portal.shared.notifications;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One round of an outbox's dispatcher (mails, HTTP requests): each due entry is claimed and sent in a transaction of
 * its own, so with several replicas each goes out once, and one entry's failure never undoes another's sending.
 */
public final class OutboxRound {

    private OutboxRound() {
    }

    /**
     * Sends the due entries, oldest first; returns how many were sent.
     *
     * @param claim the entry locked for this transaction, or empty if another replica holds it or it is no longer due
     * @param send  sends it and records the outcome on it; true when it went out
     */
    public static <E extends OutboxEntry> int send(List<E> due, Function<E, Optional<E>> claim, Predicate<E> send,
                                                   TransactionTemplate transaction) {
        int sent = 0;
        for (E entry : due) {
            Boolean ok = transaction.execute(status -> claim.apply(entry).map(send::test).orElse(false));
            sent += Boolean.TRUE.equals(ok) ? 1 : 0;
        }
        return sent;
    }
}
