package org.lastrada.portal.shared.accounts;

import java.util.List;
import java.util.Optional;
import org.lastrada.portal.shared.security.Role;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Accounts by username, Keycloak subject and organisation. */
public interface AccountRepository extends JpaRepository<Account, Long> {

    /** With its organisation: the account's default time zone and its organisation's name are read after the lookup. */
    @EntityGraph(attributePaths = "organisation")
    Optional<Account> findByUsername(String username);

    Optional<Account> findByExternalSubject(String subject);

    boolean existsByUsername(String username);

    /** An organisation's accounts, with it (the accounts grids show each account's organisation). */
    @EntityGraph(attributePaths = "organisation")
    List<Account> findByOrganisationIdOrderByDisplayNameAsc(Long organisationId);

    /** Every account with its organisation: the administrators' grid shows it after the service's transaction. */
    @Override
    @EntityGraph(attributePaths = "organisation")
    List<Account> findAll(Sort sort);

    List<Account> findByRoleInAndEnabledTrue(List<Role> roles);
}
