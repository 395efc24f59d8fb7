package org.lastrada.portal.shared.organisations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the network's organisations for the workspaces; their records are not confidential. */
@Service
public class OrganisationService {

    private final MemberOrganisationRepository organisations;

    OrganisationService(MemberOrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** Every organisation, active or suspended, by name. */
    @Transactional(readOnly = true)
    public List<MemberOrganisation> all() {
        return organisations.findAll(Sort.by("profile.name"));
    }

    /** An organisation's public record; nothing in it is confidential. */
    @Transactional(readOnly = true)
    public Optional<MemberOrganisation> find(Long organisationId) {
        return organisations.findById(organisationId);
    }
}
