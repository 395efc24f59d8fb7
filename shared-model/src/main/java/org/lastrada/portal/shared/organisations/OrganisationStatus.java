package org.lastrada.portal.shared.organisations;

/** A suspended organisation disappears from the public site and its staff cannot sign in. */
public enum OrganisationStatus {
    ACTIVE,
    SUSPENDED;

    /** Its name's key in the message bundles (i18n/workspace). */
    public String messageKey() {
        return "workspace.organisation-status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
