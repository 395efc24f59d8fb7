package org.lastrada.portal.publicsite;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every public page needs besides its content: its canonical address (without filters' noise). */
@ControllerAdvice(assignableTypes = PublicSiteController.class)
class PublicSiteAdvice {

    @ModelAttribute("canonical")
    String canonical() {
        return ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).build().toUriString()
                .replace(HomePageForwarding.HOME_HANDLER, "/");
    }
}
