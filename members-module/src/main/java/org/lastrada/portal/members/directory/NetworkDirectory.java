package org.lastrada.portal.members.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The network as its own people see it: every active organisation with the staff one can contact. */
@Service
public class NetworkDirectory {

    /** One organisation with its internal contacts. */
    public record Entry(String slug, String name, String city, String countryCode, List<ServiceArea> services,
                        List<Contact> contacts) {
    }

    /** A person to contact inside the network; never shown on the public site. */
    public record Contact(String name, String email, Role role) {
    }

    private final MemberOrganisationRepository organisations;
    private final AccountRepository accounts;
    private final CurrentActor currentActor;

    NetworkDirectory(MemberOrganisationRepository organisations, AccountRepository accounts, CurrentActor currentActor) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    /** Active organisations matching the text (name or city), country and service; any filter may be null. */
    @Transactional(readOnly = true)
    public List<Entry> search(String text, String countryCode, ServiceArea service) {
        currentActor.require();
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<Account> enabled = accounts.findAll().stream().filter(Account::isEnabled).toList();
        Map<Long, List<Account>> staff = enabled.stream().filter(a -> a.getOrganisation() != null)
                .collect(Collectors.groupingBy(a -> a.getOrganisation().getId()));
        List<Account> secretariatStaff = enabled.stream().filter(a -> a.getRole().isSecretariatRole()).toList();
        return organisations.findByStatusOrderByProfileNameAsc(OrganisationStatus.ACTIVE).stream()
                .filter(o -> needle.isEmpty() || o.getName().toLowerCase(Locale.ROOT).contains(needle)
                        || o.getProfile().getCity().toLowerCase(Locale.ROOT).contains(needle))
                .filter(o -> countryCode == null || o.getCountryCode().equals(countryCode))
                .filter(o -> service == null || o.getProfile().getServices().contains(service))
                .map(o -> entry(o, o.isSecretariat() ? secretariatStaff : staff.getOrDefault(o.getId(), List.of())))
                .toList();
    }

    private static Entry entry(MemberOrganisation organisation, List<Account> staff) {
        return new Entry(organisation.getSlug(), organisation.getName(), organisation.getProfile().getCity(),
                organisation.getCountryCode(), List.copyOf(organisation.getProfile().getServices()),
                staff.stream().map(a -> new Contact(a.getDisplayName(), a.getEmail(), a.getRole())).toList());
    }
}
