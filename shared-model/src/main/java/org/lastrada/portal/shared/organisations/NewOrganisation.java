package org.lastrada.portal.shared.organisations;

/** What the secretariat gives to add an organisation to the network. */
public record NewOrganisation(String slug, OrganisationKind kind, String countryCode, OrganisationProfile profile) {
}
