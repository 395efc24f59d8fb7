package org.lastrada.portal.shared.accounts;

/** Published when an account may no longer sign in, so that the web layer ends its open sessions at once. */
public record AccountDisabled(String username) {
}
