package org.lastrada.portal.shared.posts;

import java.util.Collection;
import java.util.List;

/**
 * Which published posts a public list shows: those of some organisations (a member, a country) or of the whole
 * network but some (its inactive organisations), optionally of one type, language and tag. A null filter matches all.
 *
 * @param organisations only these organisations' posts; null for the whole network
 * @param exceptOrganisations never these organisations' posts (may be empty)
 */
public record PublicPostSelection(Collection<Long> organisations, Collection<Long> exceptOrganisations, PostType type,
                                  String language, String tag) {

    public PublicPostSelection {
        exceptOrganisations = exceptOrganisations == null ? List.of() : List.copyOf(exceptOrganisations);
        organisations = organisations == null ? null : List.copyOf(organisations);
    }

    /** Nothing can match: a list of no organisations. */
    public boolean selectsNothing() {
        return organisations != null && organisations.isEmpty();
    }
}
