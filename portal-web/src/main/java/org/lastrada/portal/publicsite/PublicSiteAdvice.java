package org.lastrada.portal.publicsite;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every public page needs besides its content: its canonical address (without filters' noise) and the
 * picture shown when it is shared (a member page shows its logo instead, see the member template).
 */
@ControllerAdvice(assignableTypes = PublicSiteController.class)
class PublicSiteAdvice {

    @ModelAttribute("canonical")
    String canonical() {
        return ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).build().toUriString();
    }

    @ModelAttribute("shareImage")
    String shareImage() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(SHARE_CARD).build().toUriString();
    }

    static final String SHARE_CARD = "/site/share-card.png";
}
