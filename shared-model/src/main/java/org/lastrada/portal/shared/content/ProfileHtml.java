package org.lastrada.portal.shared.content;

import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.springframework.stereotype.Component;

/**
 * An organisation's public profile as HTML: one rendering for the public member page and the workspace
 * preview, so that members see exactly what the public will see. Text is escaped, the description is
 * sanitised Markdown.
 */
@Component
public class ProfileHtml {

    private final MarkdownRenderer markdown;

    public ProfileHtml(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** The profile card; {@code logoUrl} may be null. */
    public String render(OrganisationProfile profile, String countryCode, String logoUrl) {
        Element card = new Element("article").addClass("organisation-profile");
        Element header = card.appendElement("header");
        if (logoUrl != null) {
            header.appendElement("img").attr("src", logoUrl).attr("alt", "Logo of " + profile.getName())
                    .attr("width", "120").addClass("organisation-logo");
        }
        header.appendElement("h2").text(profile.getName());
        header.appendElement("p").addClass("organisation-place")
                .text(profile.getCity() + ", " + new Locale("", countryCode).getDisplayCountry(Locale.ENGLISH));
        if (profile.getShortDescription() != null && !profile.getShortDescription().isBlank()) {
            card.appendElement("p").addClass("organisation-summary").text(profile.getShortDescription());
        }
        card.appendElement("div").addClass("organisation-description").html(markdown.toSafeHtml(profile.getLongDescription()));
        if (!profile.getServices().isEmpty()) {
            card.appendElement("h3").text("Services");
            Element services = card.appendElement("ul").addClass("organisation-services");
            profile.getServices().stream().map(ServiceArea::label).forEach(label -> services.appendElement("li").text(label));
        }
        if (!profile.getTargetGroups().isEmpty()) {
            card.appendElement("h3").text("Who we work with");
            card.appendElement("p").text(String.join(", ", profile.getTargetGroups()));
        }
        if (!profile.getLanguages().isEmpty()) {
            card.appendElement("h3").text("Languages");
            card.appendElement("p").text(profile.getLanguages().stream()
                    .map(code -> new Locale(code).getDisplayLanguage(Locale.ENGLISH)).collect(Collectors.joining(", ")));
        }
        Element contacts = card.appendElement("dl").addClass("organisation-contacts");
        contact(contacts, "Website", profile.getWebsite(), profile.getWebsite());
        contact(contacts, "E-mail", profile.getPublicEmail(), profile.getPublicEmail() == null ? null : "mailto:" + profile.getPublicEmail());
        contact(contacts, "Phone", profile.getPhone(), profile.getPhone() == null ? null : "tel:" + profile.getPhone().replaceAll("[^+0-9]", ""));
        contact(contacts, "Helpline", profile.getHelpline(),
                profile.getHelpline() == null ? null : "tel:" + profile.getHelpline().replaceAll("[^+0-9]", ""));
        // Safe by construction: every text is escaped by jsoup, the description is already sanitised.
        return card.outerHtml();
    }

    private static void contact(Element list, String label, String text, String href) {
        if (text == null || text.isBlank()) {
            return;
        }
        list.appendElement("dt").text(label);
        list.appendElement("dd").appendElement("a").attr("href", href).text(text);
    }
}
