package org.lastrada.portal.shared.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.i18n.PortalMessages;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.ServiceArea;

class ProfileHtmlTest {

    private final ProfileHtml html = new ProfileHtml(new MarkdownRenderer(), PortalMessages.messageSource());

    @Test
    void rendersEveryPublicFieldWithTextEscaped() {
        OrganisationProfile profile = new OrganisationProfile("La Strada <Test>", "Chisinau");
        profile.setShortDescription("Helpline & shelter");
        profile.setLongDescription("We **help**.\n\n<script>alert(1)</script>");
        profile.setServices(Set.of(ServiceArea.HELPLINE, ServiceArea.LEGAL_AID));
        profile.setLanguages(Set.of("ro", "ru"));
        profile.setTargetGroups(Set.of("migrant workers"));
        profile.setWebsite("https://example.org");
        profile.setPublicEmail("info@example.org");

        String card = html.render(profile, "MD", "/uploads/logos/x.png", Locale.ENGLISH);

        assertThat(card).contains("La Strada &lt;Test&gt;", "Chisinau, Moldova", "Helpline &amp; shelter", "<strong>help</strong>",
                "<li>Helpline</li>", "<li>Legal aid</li>", "Romanian, Russian", "migrant workers",
                "href=\"mailto:info@example.org\"", "alt=\"Logo of La Strada &lt;Test&gt;\"");
        assertThat(card).doesNotContain("<script");
    }

    @Test
    void speaksTheReadersLanguage() {
        OrganisationProfile profile = new OrganisationProfile("La Strada Ukraine", "Kyiv");
        profile.setServices(Set.of(ServiceArea.HELPLINE));
        profile.setLanguages(Set.of("uk"));
        profile.setHelpline("+380 800 500 335");

        String card = html.render(profile, "UA", "/uploads/logos/x.png", NetworkLanguage.UKRAINIAN.locale());

        assertThat(card).contains("Kyiv, Україна", "<h3>Послуги</h3>", "<li>Гаряча лінія</li>", "Українська",
                "alt=\"Логотип La Strada Ukraine\"", "<dt>Гаряча лінія</dt>");
    }
}
