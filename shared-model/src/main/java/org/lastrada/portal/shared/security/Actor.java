package org.lastrada.portal.shared.security;

/**
 * Who is acting: the signed-in account as services see it. Ownership rules live here, so that every
 * service and domain method asks the same question the same way.
 */
public record Actor(Long accountId, String username, String displayName, Role role, Long organisationId) {

    public boolean isSecretariat() {
        return role.isSecretariatRole();
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Member staff work for their own organisation only. */
    public boolean belongsTo(OrganisationRef organisation) {
        return role.isMemberRole() && organisationId != null && organisationId.equals(organisation.getId());
    }

    /**
     * May act as the owner of the organisation's content: its own staff, or, for the International
     * Secretariat's own content, the moderators and administrators.
     */
    public boolean actsFor(OrganisationRef organisation) {
        return belongsTo(organisation) || (isSecretariat() && organisation.isSecretariat());
    }
}
