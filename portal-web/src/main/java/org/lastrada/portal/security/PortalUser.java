package org.lastrada.portal.security;

import java.util.Collection;
import java.util.List;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in local account: what Spring Security checks at sign-in, and the actor that services see afterwards. */
public final class PortalUser implements UserDetails, CurrentActor.ActorSource {

    private final Actor actor;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    PortalUser(Actor actor, String passwordHash, boolean enabled, boolean locked) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(actor.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Sessions are found by user: two principals of the same account are the same user. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PortalUser other && other.getUsername().equals(getUsername());
    }

    @Override
    public int hashCode() {
        return getUsername().hashCode();
    }

    @Override
    public String toString() {
        return "PortalUser[" + getUsername() + "]";
    }
}
