package org.lastrada.portal.workspace;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The workspace menu's entries a person may open, kept per set of authorities: which views someone may open depends on
 * their roles alone (the views' {@code @RolesAllowed} and {@code @PermitAll}). Vaadin checks every entry anew, and each
 * check looks its role prefix up in the service files of every jar of the application: with fifteen entries on every
 * page a person opens, that was a sixth of the portal's CPU under 50 editors (flight recording of the cluster drill's
 * load, docs/performance.md). Read once per set of authorities instead.
 */
@Component
class WorkspaceMenu {

    private final Map<Set<String>, List<MenuEntry>> entriesByAuthorities = new ConcurrentHashMap<>();

    /** The entries the signed-in person of this request may open, in the menu's order. */
    List<MenuEntry> entries() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return MenuConfiguration.getMenuEntries();
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        return entriesByAuthorities.computeIfAbsent(authorities, key -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
