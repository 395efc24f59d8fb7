package org.lastrada.portal.publicsite;

import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page: for now the network's name and its members; the full public site follows. */
@Controller
class HomeController {

    private final MemberOrganisationRepository organisations;

    HomeController(MemberOrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @GetMapping(HomePageForwarding.HOME_HANDLER)
    @Transactional(readOnly = true)
    String home(Model model) {
        model.addAttribute("organisations", organisations.findByStatusOrderByProfileNameAsc(OrganisationStatus.ACTIVE));
        return "home";
    }
}
