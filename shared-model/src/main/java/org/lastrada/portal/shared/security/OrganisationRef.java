package org.lastrada.portal.shared.security;

/** What ownership rules need to know of an organisation: which one it is, and whether it is the secretariat. */
public interface OrganisationRef {

    Long getId();

    boolean isSecretariat();
}
