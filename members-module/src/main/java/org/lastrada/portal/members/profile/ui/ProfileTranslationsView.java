package org.lastrada.portal.members.profile.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.lastrada.portal.members.profile.ProfileProposals;
import org.lastrada.portal.members.profile.ProfileProposals.TranslationEditing;
import org.lastrada.portal.shared.content.ProfileHtml;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.ProfileTranslation;
import org.lastrada.portal.shared.profiles.ProfileRevision;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.IsoCodes;

/**
 * "Our profile in other languages": the profile's name, city, descriptions and whom it works with, written for the
 * people who read one of the network's other languages, beside the English text to translate from and with a preview.
 * A translation is sent for review like any profile change; until one is approved, that language's visitors read the
 * English profile. The language chosen first is the organisation's country's.
 */
@Route("workspace/organisation/translations")
@Menu(order = 1.5, icon = "vaadin:globe-wire", title = "workspace.menu.profile-translations")
@RolesAllowed({"EDITOR", "ORG_ADMIN"})
class ProfileTranslationsView extends VerticalLayout implements HasDynamicTitle {

    private final ProfileProposals profiles;
    private final ProfileHtml profileHtml;
    private final Long organisationId;

    final Select<NetworkLanguage> language = new Select<>();
    final Paragraph reviewState = new Paragraph();
    final TextField name = new TextField(getTranslation("workspace.profile.name"));
    final TextField city = new TextField(getTranslation("workspace.profile.city"));
    final TextArea shortDescription = new TextArea(getTranslation("workspace.profile.short-description"));
    final TextArea longDescription = new TextArea(getTranslation("workspace.profile.long-description"));
    final TextField targetGroups = new TextField(getTranslation("workspace.profile.target-groups"));
    final Div english = new Div();
    final Div preview = new Div();
    private final Map<String, HasValidation> fieldsByName = Map.of("name", name, "city", city, "shortDescription", shortDescription,
            "longDescription", longDescription, "targetGroups", targetGroups, "language", language);

    private TranslationEditing editing;

    ProfileTranslationsView(ProfileProposals profiles, ProfileHtml profileHtml, CurrentActor currentActor) {
        this.profiles = profiles;
        this.profileHtml = profileHtml;
        this.organisationId = currentActor.require().organisationId();
        setMaxWidth("75rem");

        language.setLabel(getTranslation("workspace.profile-translations.language"));
        language.setItems(Arrays.stream(NetworkLanguage.values()).filter(l -> !l.isEnglish()).toList());
        language.setItemLabelGenerator(IsoCodes.networkLanguageLabel());
        shortDescription.setMaxLength(500);
        shortDescription.setHelperText(getTranslation("workspace.profile-translations.empty-is-english"));
        longDescription.setMinHeight("10rem");
        longDescription.setHelperText(getTranslation("workspace.profile.long-description.helper"));
        targetGroups.setHelperText(getTranslation("workspace.profile.target-groups.helper"));
        List.<HasValue<?, ?>>of(name, city, shortDescription, longDescription, targetGroups)
                .forEach(field -> field.addValueChangeListener(change -> showPreview()));
        longDescription.setValueChangeMode(ValueChangeMode.LAZY);
        ProfileForms.outline(english);
        ProfileForms.outline(preview);

        FormLayout form = new FormLayout(name, city, shortDescription, longDescription, targetGroups);
        form.setColspan(shortDescription, 2);
        form.setColspan(longDescription, 2);
        form.setColspan(targetGroups, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Button send = new Button(getTranslation("workspace.profile-translations.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Details englishProfile = new Details(getTranslation("workspace.profile-translations.english"), english);
        englishProfile.setOpened(true);

        add(new H2(getTranslation("workspace.profile-translations.heading")),
                new Paragraph(getTranslation("workspace.profile-translations.intro")), language, reviewState, form, send,
                new H3(getTranslation("workspace.common.preview")), preview, englishProfile);

        language.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                load();
            }
        });
        NetworkLanguage own = NetworkLanguage.forCountry(profiles.organisation(organisationId).getCountryCode());
        language.setValue(own.isEnglish() ? NetworkLanguage.values()[1] : own);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.profile-translations.heading"));
    }

    /** Reads the chosen language's change waiting for review, else its live translation, else an empty form. */
    void load() {
        FieldErrors.clear(fieldsByName);
        editing = profiles.translationEditing(organisationId, language.getValue().code());
        ProfileTranslation shown = editing.current().orElse(null);
        name.setValue(shown == null ? "" : shown.getName());
        city.setValue(shown == null ? "" : shown.getCity());
        shortDescription.setValue(text(shown == null ? null : shown.getShortDescription()));
        longDescription.setValue(text(shown == null ? null : shown.getLongDescription()));
        targetGroups.setValue(shown == null ? "" : String.join(", ", shown.getTargetGroups()));
        english.getElement().setProperty("innerHTML", profileHtml.render(editing.english(), editing.countryCode(), null, getLocale()));
        ProfileRevision open = editing.open().orElse(null);
        if (open != null) {
            reviewState.setText(ProfileForms.pendingState(open));
        } else {
            reviewState.setText(getTranslation(editing.live().isPresent() ? "workspace.profile-translations.state.live"
                    : "workspace.profile-translations.state.none"));
        }
        showPreview();
    }

    private void send() {
        ProfileForms.send(() -> profiles.proposeTranslation(organisationId, language.getValue().code(), editing.base(), translation()),
                getTranslation("workspace.profile-translations.sent"), fieldsByName, this::load);
    }

    /** The form as a translation: empty descriptions stay empty (the public then reads the English ones). */
    private ProfileTranslation translation() {
        return new ProfileTranslation(name.getValue().strip(), city.getValue().strip(), blankToNull(shortDescription.getValue()),
                blankToNull(longDescription.getValue()), ProfileForms.commaSeparated(targetGroups.getValue()));
    }

    /** The translated profile as this language's visitors would read it once approved. */
    private void showPreview() {
        if (editing == null) {
            return;
        }
        preview.getElement().setProperty("innerHTML",
                profileHtml.render(translation().over(editing.english()), editing.countryCode(), null, getLocale()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
