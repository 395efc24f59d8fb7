package org.lastrada.portal.shared.organisations;

/** Whether an organisation is the network's International Secretariat or one of its members. */
public enum OrganisationKind {
    SECRETARIAT,
    MEMBER
}
