package org.lastrada.portal.shared.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The actor of the current request, read from Spring Security's context. The signed-in principal is an
 * {@link Actor} or provides one ({@link ActorSource}); anything else counts as anonymous.
 */
@Component
public class CurrentActor {

    /** The signed-in actor, or {@link AccessDeniedException} when nobody is signed in. */
    public Actor require() {
        return find().orElseThrow(() -> new AccessDeniedException("Please sign in to do this."));
    }

    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof Actor actor) {
            return Optional.of(actor);
        }
        if (principal instanceof ActorSource source) {
            return Optional.of(source.actor());
        }
        return Optional.empty();
    }

    /** Implemented by the principals that sign-in creates (local accounts and Keycloak users). */
    public interface ActorSource {
        Actor actor();
    }
}
