package org.lastrada.portal.members.organisation.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.OrganisationService;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.shared.profiles.ProfileService;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;

/** Member staff's start page: their organisation as the public sees it, and whether a profile change waits. */
@Route("workspace/organisation")
@PageTitle("Our organisation | LSI Network Portal")
@Menu(order = 1, icon = "vaadin:home", title = "Our organisation")
@RolesAllowed({"EDITOR", "ORG_ADMIN"})
class OrganisationOverviewView extends VerticalLayout {

    OrganisationOverviewView(CurrentActor currentActor, OrganisationService organisations, ProfileService profiles) {
        Actor actor = currentActor.require();
        MemberOrganisation organisation = organisations.find(actor.organisationId()).orElseThrow();
        add(new H2(organisation.getName()));
        add(new Paragraph(organisation.getProfile().getCity() + ", "
                + new Locale("", organisation.getCountryCode()).getDisplayCountry(Locale.ENGLISH)));
        if (organisation.getProfile().getShortDescription() != null) {
            add(new Paragraph(organisation.getProfile().getShortDescription()));
        }
        add(new H3("Services"), new Paragraph(organisation.getProfile().getServices().stream()
                .map(ServiceArea::label).collect(Collectors.joining(", "))));
        add(new H3("Profile changes"));
        Span pending = new Span(profiles.openRevision(organisation.getId())
                .map(revision -> "A profile change is " + revision.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (revision.getDecisionComment() == null ? "." : ". Moderator's comment: " + revision.getDecisionComment()))
                .orElse("No profile change is waiting for review."));
        pending.setId("pending-profile-change");
        add(pending);
    }
}
