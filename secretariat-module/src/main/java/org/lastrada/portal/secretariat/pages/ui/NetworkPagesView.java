package org.lastrada.portal.secretariat.pages.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.lastrada.portal.secretariat.pages.NetworkPages;
import org.lastrada.portal.shared.content.MarkdownRenderer;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.pages.NetworkPageTranslation;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.validation.Slugs;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.IsoCodes;
import org.lastrada.portal.workspaceui.Notices;
import org.lastrada.portal.workspaceui.WorkspaceTexts;

/**
 * The network's own pages (About, Vision and mission...), edited in Markdown with a preview; new pages can be added.
 * A page is written in English first and can then be translated into each network language: the public reads the
 * translation under that language's addresses, else the English page (and is told so).
 */
@Route("workspace/pages")
@Menu(order = 30, icon = "vaadin:file-text-o", title = "workspace.menu.pages")
@RolesAllowed({"MODERATOR", "ADMIN"})
class NetworkPagesView extends VerticalLayout implements HasDynamicTitle {

    final Select<NetworkPage> page = new Select<>();
    final Select<NetworkLanguage> language = new Select<>();
    final Paragraph translationState = new Paragraph();
    final Button removeTranslation = new Button(getTranslation("workspace.pages.translation.remove"), click -> removeTranslation());
    final TextField slug = new TextField(getTranslation("workspace.pages.slug"));
    final TextField title = new TextField(getTranslation("workspace.pages.title"));
    final IntegerField position = new IntegerField(getTranslation("workspace.pages.position"));
    final TextArea body = new TextArea(getTranslation("workspace.pages.body"));
    final Div preview = new Div();
    private final NetworkPages pages;
    private final MarkdownRenderer markdown;

    NetworkPagesView(NetworkPages pages, MarkdownRenderer markdown) {
        this.pages = pages;
        this.markdown = markdown;
        setMaxWidth("75rem");
        page.setLabel(getTranslation("workspace.pages.page"));
        page.setItemLabelGenerator(p -> p == null ? getTranslation("workspace.pages.new") : p.getTitle());
        page.setEmptySelectionAllowed(true);
        page.setEmptySelectionCaption(getTranslation("workspace.pages.new"));
        page.addValueChangeListener(change -> show());
        language.setLabel(getTranslation("workspace.pages.language"));
        language.setItems(NetworkLanguage.values());
        language.setItemLabelGenerator(IsoCodes.networkLanguageLabel());
        language.setValue(NetworkLanguage.ENGLISH);
        language.addValueChangeListener(change -> show());
        removeTranslation.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        slug.setHelperText(getTranslation("workspace.pages.slug.helper"));
        body.setWidthFull();
        body.setMinHeight("16rem");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(change -> preview.getElement().setProperty("innerHTML", markdown.toSafeHtml(change.getValue())));
        preview.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-m)");
        Button save = new Button(getTranslation("workspace.pages.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("workspace.pages.heading")), new HorizontalLayout(page, language), translationState,
                new HorizontalLayout(title, slug, position), body, new HorizontalLayout(save, removeTranslation),
                new H3(getTranslation("workspace.common.preview")), preview);
        refresh(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.pages.heading"));
    }

    /** Lists the pages again (read anew) and shows the one with the slug, else the first, in the chosen language. */
    private void refresh(String selectSlug) {
        NetworkLanguage in = language.getValue();
        var all = pages.list();
        page.setItems(all); // clears the page, and with it the language
        page.setValue(all.stream().filter(p -> p.getSlug().equals(selectSlug)).findFirst().orElse(all.isEmpty() ? null : all.get(0)));
        if (page.getValue() != null) {
            language.setValue(in);
        }
    }

    /** The chosen page in the chosen language: its English text, its translation, or an empty form for a first translation. */
    private void show() {
        NetworkPage shown = page.getValue();
        language.setEnabled(shown != null);
        if (shown == null) {
            language.setValue(NetworkLanguage.ENGLISH);
            language.setHelperText(getTranslation("workspace.pages.translation.english-first"));
        } else {
            language.setHelperText(null);
        }
        boolean english = language.getValue() == null || language.getValue().isEnglish();
        NetworkPageTranslation translation = english || shown == null ? null
                : pages.withTranslations(shown.getSlug()).translation(language.getValue().code()).orElse(null);
        slug.setReadOnly(shown != null);
        position.setReadOnly(!english);
        slug.setValue(shown == null ? "" : shown.getSlug());
        position.setValue(shown == null ? 100 : shown.getPosition());
        if (english) {
            title.setValue(shown == null ? "" : shown.getTitle());
            body.setValue(shown == null || shown.getBody() == null ? "" : shown.getBody());
        } else {
            title.setValue(translation == null ? "" : translation.getTitle());
            body.setValue(translation == null || translation.getBody() == null ? "" : translation.getBody());
        }
        translationState.setVisible(!english);
        translationState.setText(getTranslation(translation == null ? "workspace.pages.translation.none" : "workspace.pages.translation.live"));
        removeTranslation.setVisible(translation != null);
        preview.getElement().setProperty("innerHTML", markdown.toSafeHtml(body.getValue()));
    }

    private void save() {
        title.setInvalid(false);
        slug.setInvalid(false);
        try {
            int at = position.getValue() == null ? 100 : position.getValue();
            NetworkLanguage in = language.getValue();
            NetworkPage saved = page.getValue() != null && in != null && !in.isEnglish()
                    ? pages.translate(page.getValue().getSlug(), in.code(), title.getValue(), body.getValue())
                    : page.getValue() == null
                    ? pages.create(slug.getValue().isBlank() ? Slugs.fromTitle(title.getValue(), 80) : slug.getValue(), title.getValue(),
                            body.getValue(), at)
                    : pages.edit(page.getValue().getSlug(), title.getValue(), body.getValue(), at);
            Notices.success(getTranslation("workspace.pages.saved"));
            refresh(saved.getSlug());
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> {
                TextField field = v.getPropertyPath().toString().equals("slug") ? slug : title;
                FieldErrors.mark(field, WorkspaceTexts.of(v));
            });
        } catch (InvalidInputException e) {
            FieldErrors.mark("language".equals(e.field()) ? language : slug, e.reason());
        }
    }

    private void removeTranslation() {
        String shown = page.getValue().getSlug();
        pages.removeTranslation(shown, language.getValue().code());
        Notices.success(getTranslation("workspace.pages.translation.removed"));
        refresh(shown);
    }
}
