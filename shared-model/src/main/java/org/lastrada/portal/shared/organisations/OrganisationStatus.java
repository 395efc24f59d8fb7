package org.lastrada.portal.shared.organisations;

/** A suspended organisation disappears from the public site and its staff cannot sign in. */
public enum OrganisationStatus {
    ACTIVE,
    SUSPENDED
}
