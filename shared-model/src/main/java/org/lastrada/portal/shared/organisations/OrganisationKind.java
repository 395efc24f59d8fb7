package org.lastrada.portal.shared.organisations;

/** Whether an organisation is the network's International Secretariat or one of its members. */
public enum OrganisationKind {
    SECRETARIAT,
    MEMBER;

    /** Its name's key in the message bundles (i18n/workspace). */
    public String messageKey() {
        return "workspace.organisation-kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
