package org.lastrada.portal.shared.accounts;

import org.lastrada.portal.shared.security.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Accounts by username, Keycloak subject and organisation. */
public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByExternalSubject(String subject);

    boolean existsByUsername(String username);

    List<Account> findByOrganisationIdOrderByDisplayNameAsc(Long organisationId);

    List<Account> findByRoleInAndEnabledTrue(List<Role> roles);
}
