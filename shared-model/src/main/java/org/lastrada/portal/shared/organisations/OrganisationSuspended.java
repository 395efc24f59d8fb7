package org.lastrada.portal.shared.organisations;

/** Published when an organisation is suspended: its staff can no longer sign in, and open sessions end at once. */
public record OrganisationSuspended(Long organisationId) {
}
