package org.lastrada.portal.publicsite;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The public home page's address, "/", which Vaadin's client shares: its requests there ("/?v-r=init",
 * "/?v-r=uidl", heartbeats) carry a {@code v-r} parameter and belong to the workspace.
 */
public final class HomePage {

    private HomePage() {
    }

    /** A request for the home page itself, not one of Vaadin's requests to "/". */
    public static boolean matches(HttpServletRequest request) {
        return request.getRequestURI().length() == request.getContextPath().length() + 1 && request.getRequestURI().endsWith("/")
                && (request.getQueryString() == null || !request.getQueryString().contains("v-r="));
    }
}
