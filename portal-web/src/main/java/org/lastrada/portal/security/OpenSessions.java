package org.lastrada.portal.security;

import java.util.function.Predicate;
import org.lastrada.portal.shared.accounts.AccountAccessChanged;
import org.lastrada.portal.shared.organisations.OrganisationSuspended;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Ends the open sessions of accounts that may no longer sign in, as soon as the change is committed. */
@Component
class OpenSessions {

    private final SessionRegistry sessionRegistry;

    OpenSessions(SessionRegistry sessionRegistry) {
        this.sessionRegistry = sessionRegistry;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onAccountAccessChanged(AccountAccessChanged event) {
        expire(actor -> actor.username().equals(event.username()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onOrganisationSuspended(OrganisationSuspended event) {
        expire(actor -> event.organisationId().equals(actor.organisationId()));
    }

    /** The number of open sessions of the users that match, for tests and monitoring. */
    int countOpen(Predicate<Actor> whose) {
        return sessionRegistry.getAllPrincipals().stream()
                .filter(p -> p instanceof CurrentActor.ActorSource source && whose.test(source.actor()))
                .mapToInt(p -> sessionRegistry.getAllSessions(p, false).size())
                .sum();
    }

    private void expire(Predicate<Actor> whose) {
        sessionRegistry.getAllPrincipals().stream()
                .filter(p -> p instanceof CurrentActor.ActorSource source && whose.test(source.actor()))
                .flatMap(p -> sessionRegistry.getAllSessions(p, false).stream())
                .forEach(session -> session.expireNow());
    }
}
