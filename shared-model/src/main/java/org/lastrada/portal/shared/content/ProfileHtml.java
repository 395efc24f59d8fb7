package org.lastrada.portal.shared.content;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An organisation's public profile as HTML: one rendering for the public member page and the workspace
 * preview, so that members see exactly what the public will see. Text is escaped, the description is
 * sanitised Markdown.
 */
@Component
public class ProfileHtml {

    private final MarkdownRenderer markdown;
    private final MessageSource messages;

    public ProfileHtml(MarkdownRenderer markdown, MessageSource messages) {
        this.markdown = markdown;
        this.messages = messages;
    }

    /** The profile card, its headings and names in the reader's language; {@code logoUrl} may be null. */
    public String render(OrganisationProfile profile, String countryCode, String logoUrl, Locale locale) {
        Function<String, String> text = key -> messages.getMessage(key, null, locale);
        Element card = new Element("article").addClass("organisation-profile");
        Element header = card.appendElement("header");
        if (logoUrl != null) {
            header.appendElement("img").attr("src", logoUrl).attr("alt", messages.getMessage("profile.logo-alt", new Object[] {profile.getName()}, locale))
                    .attr("width", "120").addClass("organisation-logo");
        }
        header.appendElement("h2").text(profile.getName());
        header.appendElement("p").addClass("organisation-place")
                .text(profile.getCity() + ", " + new Locale("", countryCode).getDisplayCountry(locale));
        if (profile.getShortDescription() != null && !profile.getShortDescription().isBlank()) {
            card.appendElement("p").addClass("organisation-summary").text(profile.getShortDescription());
        }
        card.appendElement("div").addClass("organisation-description").html(markdown.toSafeHtml(profile.getLongDescription()));
        if (!profile.getServices().isEmpty()) {
            card.appendElement("h3").text(text.apply("profile.services"));
            Element services = card.appendElement("ul").addClass("organisation-services");
            profile.getServices().stream().map(ServiceArea::messageKey).map(text).forEach(label -> services.appendElement("li").text(label));
        }
        if (!profile.getTargetGroups().isEmpty()) {
            card.appendElement("h3").text(text.apply("profile.target-groups"));
            card.appendElement("p").text(String.join(", ", profile.getTargetGroups()));
        }
        if (!profile.getLanguages().isEmpty()) {
            card.appendElement("h3").text(text.apply("profile.languages"));
            card.appendElement("p").text(profile.getLanguages().stream()
                    .map(code -> capitalised(Locale.forLanguageTag(code).getDisplayLanguage(locale), locale)).collect(Collectors.joining(", ")));
        }
        Element contacts = card.appendElement("dl").addClass("organisation-contacts");
        contact(contacts, text.apply("profile.website"), profile.getWebsite(), profile.getWebsite());
        contact(contacts, text.apply("profile.email"), profile.getPublicEmail(), profile.getPublicEmail() == null ? null : "mailto:" + profile.getPublicEmail());
        contact(contacts, text.apply("profile.phone"), profile.getPhone(), profile.getPhone() == null ? null : "tel:" + profile.getPhone().replaceAll("[^+0-9]", ""));
        contact(contacts, text.apply("service.helpline"), profile.getHelpline(),
                profile.getHelpline() == null ? null : "tel:" + profile.getHelpline().replaceAll("[^+0-9]", ""));
        // Safe by construction: every text is escaped by jsoup, the description is already sanitised.
        return card.outerHtml();
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static void contact(Element list, String label, String text, String href) {
        if (text == null || text.isBlank()) {
            return;
        }
        list.appendElement("dt").text(label);
        list.appendElement("dd").appendElement("a").attr("href", href).text(text);
    }
}
