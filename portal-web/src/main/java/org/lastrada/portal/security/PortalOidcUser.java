package org.lastrada.portal.security;

import java.util.Collection;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A user signed in through Keycloak, linked to a portal account: the actor that services see. */
final class PortalOidcUser extends DefaultOidcUser implements CurrentActor.ActorSource {

    private final Actor actor;

    PortalOidcUser(Actor actor, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo, "preferred_username");
        this.actor = actor;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public String getName() {
        return actor.username();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortalOidcUser other && other.actor.username().equals(actor.username());
    }

    @Override
    public int hashCode() {
        return actor.username().hashCode();
    }
}
