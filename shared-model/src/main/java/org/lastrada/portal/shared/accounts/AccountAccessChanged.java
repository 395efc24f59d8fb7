package org.lastrada.portal.shared.accounts;

/**
 * Published when an account's access changes (disabled, or moved to another role or organisation), so that
 * the web layer ends its open sessions at once and the next sign-in carries the new rights.
 */
public record AccountAccessChanged(String username) {
}
