package org.lastrada.portal.shared.accounts;

import org.lastrada.portal.shared.security.Role;

/** What is needed to open an account; the password may be null for Keycloak-only accounts. */
public record NewAccount(String username, String displayName, String email, Role role, Long organisationId, String password) {
}
