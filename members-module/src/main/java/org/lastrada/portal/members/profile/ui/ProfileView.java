package org.lastrada.portal.members.profile.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.lastrada.portal.members.profile.ProfileProposals;
import org.lastrada.portal.shared.content.ProfileHtml;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.shared.profiles.ProfileRevision;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.uploads.UploadStore;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.workspaceui.ComponentTexts;
import org.lastrada.portal.workspaceui.IsoCodes;
import org.lastrada.portal.workspaceui.WorkspaceTexts;

/**
 * "Our profile": the live public profile and any change waiting for review, an editor for every public
 * field with a logo upload, and a preview rendered exactly as the public site renders it. Saving sends
 * the change for review; the live profile stays until the secretariat approves.
 */
@Route("workspace/organisation")
@Menu(order = 1, icon = "vaadin:home", title = "workspace.menu.profile")
@RolesAllowed({"EDITOR", "ORG_ADMIN"})
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final ProfileProposals profiles;
    private final ProfileHtml profileHtml;
    private final UploadStore uploads;
    private final Long organisationId;

    final Paragraph reviewState = new Paragraph();
    final TextField name = new TextField(getTranslation("workspace.profile.name"));
    final TextField city = new TextField(getTranslation("workspace.profile.city"));
    final TextArea shortDescription = new TextArea(getTranslation("workspace.profile.short-description"));
    final TextArea longDescription = new TextArea(getTranslation("workspace.profile.long-description"));
    final TextField website = new TextField(getTranslation("workspace.profile.website"));
    final EmailField publicEmail = new EmailField(getTranslation("workspace.profile.public-email"));
    final TextField phone = new TextField(getTranslation("workspace.profile.phone"));
    final TextField helpline = new TextField(getTranslation("workspace.profile.helpline"));
    final CheckboxGroup<ServiceArea> services = new CheckboxGroup<>(getTranslation("workspace.profile.services"));
    final TextField targetGroups = new TextField(getTranslation("workspace.profile.target-groups"));
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>(getTranslation("workspace.profile.languages"));
    final Upload logoUpload;
    final Paragraph logoMessage = new Paragraph();
    final Div preview = new Div();
    final Div livePreview = new Div();
    private final Details liveProfile = new Details(getTranslation("workspace.profile.live"), livePreview);
    private final BeanValidationBinder<OrganisationProfile> binder = new BeanValidationBinder<>(OrganisationProfile.class);
    private final Map<String, HasValidation> fieldsByName = new HashMap<>();

    private MemberOrganisation organisation;
    private ProfileProposals.EditingBase base;
    private String logo;

    ProfileView(ProfileProposals profiles, ProfileHtml profileHtml, UploadStore uploads,
                CurrentActor currentActor) {
        this.profiles = profiles;
        this.profileHtml = profileHtml;
        this.uploads = uploads;
        this.organisationId = currentActor.require().organisationId();
        setMaxWidth("75rem");

        shortDescription.setMaxLength(500);
        shortDescription.setHelperText(getTranslation("workspace.profile.short-description.helper"));
        longDescription.setMinHeight("10rem");
        longDescription.setHelperText(getTranslation("workspace.profile.long-description.helper"));
        website.setHelperText(getTranslation("workspace.profile.website.helper"));
        phone.setHelperText(getTranslation("workspace.profile.phone.helper"));
        helpline.setHelperText(getTranslation("workspace.profile.helpline.helper"));
        services.setItems(ServiceArea.values());
        services.setItemLabelGenerator(service -> getTranslation(service.messageKey()));
        targetGroups.setHelperText(getTranslation("workspace.profile.target-groups.helper"));
        languages.setItems(IsoCodes.languages());
        languages.setItemLabelGenerator(IsoCodes.languageLabel(""));

        logoUpload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> receiveLogo(bytes)))));
        logoUpload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        logoUpload.setMaxFileSize(UploadStore.MAX_LOGO_BYTES);
        logoUpload.setMaxFiles(1);
        ComponentTexts.localise(logoUpload);
        logoUpload.addFileRejectedListener(rejected -> showLogoProblem(rejected.getErrorMessage()));

        binder.forField(name).bind("name");
        binder.forField(city).bind("city");
        binder.forField(shortDescription).bind("shortDescription");
        binder.forField(longDescription).bind("longDescription");
        binder.forField(website).bind("website");
        binder.forField(publicEmail).bind("publicEmail");
        binder.forField(phone).bind("phone");
        binder.forField(helpline).bind("helpline");
        binder.forField(services).bind("services");
        binder.forField(targetGroups).withConverter(new CommaSeparated()).bind("targetGroups");
        binder.forField(languages).bind("languages");
        fieldsByName.putAll(Map.ofEntries(Map.entry("name", name), Map.entry("city", city),
                Map.entry("shortDescription", shortDescription), Map.entry("longDescription", longDescription),
                Map.entry("website", website), Map.entry("publicEmail", publicEmail), Map.entry("phone", phone),
                Map.entry("helpline", helpline), Map.entry("targetGroups", targetGroups), Map.entry("languages", languages)));
        binder.addValueChangeListener(change -> showPreview());
        longDescription.setValueChangeMode(ValueChangeMode.LAZY);

        FormLayout form = new FormLayout(name, city, shortDescription, longDescription, website, publicEmail, phone, helpline,
                services, targetGroups, languages);
        form.setColspan(shortDescription, 2);
        form.setColspan(longDescription, 2);
        form.setColspan(services, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Button save = new Button(getTranslation("workspace.profile.send"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logoMessage.setVisible(false);
        logoMessage.getStyle().set("color", "var(--lumo-error-text-color)");
        ProfileForms.outline(preview);

        RouterLink translations = new RouterLink(getTranslation("workspace.profile.translations-link"), ProfileTranslationsView.class);
        add(new H2(getTranslation("workspace.profile.heading")), reviewState, translations, form, new H3(getTranslation("workspace.profile.logo")),
                new Paragraph(getTranslation("workspace.profile.logo.helper")), logoUpload, logoMessage,
                new HorizontalLayout(save), new H3(getTranslation("workspace.common.preview")), preview, liveProfile);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.profile.heading"));
    }

    /** Reads the live profile, or the change waiting for review if there is one. */
    void load() {
        organisation = profiles.organisation(organisationId);
        base = profiles.editingBase(organisationId);
        ProfileRevision open = profiles.openRevision(organisationId).orElse(null);
        OrganisationProfile shown = open == null ? organisation.getProfile() : open.getProposed();
        logo = shown.getLogo();
        binder.readBean(shown.copy());
        liveProfile.setVisible(open != null);
        livePreview.getElement().setProperty("innerHTML",
                profileHtml.render(organisation.getProfile(), organisation.getCountryCode(), null, getLocale()));
        if (open == null) {
            reviewState.setText(getTranslation("workspace.profile.state.live"));
        } else {
            reviewState.setText(ProfileForms.pendingState(open));
        }
        showPreview();
    }

    /** The bytes of an uploaded logo: checked by content, scaled and stored; refused with the reason otherwise. */
    void receiveLogo(byte[] bytes) {
        try {
            logo = uploads.storeLogo(bytes);
            logoMessage.setVisible(false);
            showPreview();
        } catch (InvalidInputException e) {
            showLogoProblem(WorkspaceTexts.of(e));
        }
    }

    private void showLogoProblem(String message) {
        logoMessage.setText(message);
        logoMessage.setVisible(true);
    }

    private void save() {
        OrganisationProfile proposed = new OrganisationProfile();
        if (!binder.writeBeanIfValid(proposed)) {
            return;
        }
        proposed.setLogo(logo);
        ProfileForms.send(() -> profiles.propose(organisationId, base, proposed), getTranslation("workspace.profile.sent"), fieldsByName,
                this::load);
    }

    private void showPreview() {
        OrganisationProfile shown = new OrganisationProfile();
        binder.writeBeanAsDraft(shown, true);
        if (shown.getName() == null) {
            return;
        }
        preview.removeAll();
        String html = profileHtml.render(shown, organisation.getCountryCode(), null, getLocale());
        Div card = new Div();
        card.getElement().setProperty("innerHTML", html);
        if (logo != null) {
            byte[] png = uploads.readLogo(logo).orElse(null);
            if (png != null) {
                preview.add(new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(png), logo, "image/png", png.length)), getTranslation("workspace.common.logo-of", shown.getName())));
            }
        }
        preview.add(card);
    }

    /** "a, b" in the field, a sorted set in the profile. */
    private static final class CommaSeparated implements Converter<String, Set<String>> {
        @Override
        public Result<Set<String>> convertToModel(String value, ValueContext context) {
            return Result.ok(ProfileForms.commaSeparated(value));
        }

        @Override
        public String convertToPresentation(Set<String> value, ValueContext context) {
            return value == null ? "" : String.join(", ", value);
        }
    }
}
