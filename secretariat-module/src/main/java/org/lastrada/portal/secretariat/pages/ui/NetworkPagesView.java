package org.lastrada.portal.secretariat.pages.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lastrada.portal.secretariat.pages.NetworkPages;
import org.lastrada.portal.shared.content.MarkdownRenderer;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.pages.NetworkPageVersion;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.validation.Slugs;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.IsoCodes;
import org.lastrada.portal.workspaceui.Notices;
import org.lastrada.portal.workspaceui.WordChanges;
import org.lastrada.portal.workspaceui.WorkspaceTexts;
import org.lastrada.portal.workspaceui.WorkspaceTime;

/**
 * The network's own pages (About, Vision and mission...) and the home page's introduction, edited in Markdown with a
 * preview, saved as drafts and published when ready; new pages can be added. A page is written in English first and can
 * then be translated into each network language: the public reads the published translation under that language's
 * addresses, else the English page (and is told so). Each page and language has its history: who saved and published
 * which version when, the words changed between any two versions, and any old version restored as a new draft.
 */
@Route("workspace/pages")
@Menu(order = 30, icon = "vaadin:file-text-o", title = "workspace.menu.pages")
@RolesAllowed({"MODERATOR", "ADMIN"})
class NetworkPagesView extends VerticalLayout implements HasDynamicTitle {

    final Select<NetworkPage> page = new Select<>();
    final Select<NetworkLanguage> language = new Select<>();
    final Paragraph state = new Paragraph();
    final Button removeTranslation = new Button(getTranslation("workspace.pages.translation.remove"), click -> removeTranslation());
    final TextField slug = new TextField(getTranslation("workspace.pages.slug"));
    final TextField title = new TextField(getTranslation("workspace.pages.title"));
    final IntegerField position = new IntegerField(getTranslation("workspace.pages.position"));
    final TextArea body = new TextArea(getTranslation("workspace.pages.body"));
    final Button saveDraft = new Button(getTranslation("workspace.pages.save-draft"), click -> save(false));
    final Button publish = new Button(getTranslation("workspace.pages.save"), click -> save(true));
    final Div preview = new Div();
    final Grid<NetworkPageVersion> history = new Grid<>();
    final Select<NetworkPageVersion> compareFrom = new Select<>();
    final Select<NetworkPageVersion> compareTo = new Select<>();
    final WordChanges changes = new WordChanges();
    /** The history the grid shows, which its state and restore columns read. */
    private NetworkPages.History shownHistory;
    private final H3 historyHeading = new H3(getTranslation("workspace.pages.history"));
    private final H3 compareHeading = new H3(getTranslation("workspace.pages.compare"));
    private final NetworkPages pages;
    private final MarkdownRenderer markdown;

    NetworkPagesView(NetworkPages pages, MarkdownRenderer markdown) {
        this.pages = pages;
        this.markdown = markdown;
        setMaxWidth("75rem");
        page.setLabel(getTranslation("workspace.pages.page"));
        page.setWidth("20rem");
        page.setItemLabelGenerator(this::pageLabel);
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
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        history.addColumn(NetworkPageVersion::getNumber).setHeader(getTranslation("workspace.pages.history.version")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(NetworkPageVersion::getTitle).setHeader(getTranslation("workspace.pages.title"));
        history.addColumn(NetworkPageVersion::getSavedBy).setHeader(getTranslation("workspace.pages.history.saved-by")).setAutoWidth(true);
        history.addColumn(v -> WorkspaceTime.format(v.getSavedAt())).setHeader(getTranslation("workspace.pages.history.saved-at")).setAutoWidth(true);
        history.addColumn(this::versionState).setHeader(getTranslation("workspace.pages.history.state"));
        history.addComponentColumn(this::restoreButton).setKey("restore").setAutoWidth(true).setFlexGrow(0);
        history.setAllRowsVisible(true);
        compareFrom.setLabel(getTranslation("workspace.pages.compare.from"));
        compareTo.setLabel(getTranslation("workspace.pages.compare.to"));
        for (Select<NetworkPageVersion> end : List.of(compareFrom, compareTo)) {
            end.setWidth("18rem");
            end.setItemLabelGenerator(v -> getTranslation("workspace.pages.version-label", v.getNumber(), WorkspaceTime.format(v.getSavedAt())));
            end.addValueChangeListener(change -> compare());
        }
        add(new H2(getTranslation("workspace.pages.heading")), new HorizontalLayout(page, language), state,
                new HorizontalLayout(title, slug, position), body, new HorizontalLayout(saveDraft, publish, removeTranslation),
                new H3(getTranslation("workspace.common.preview")), preview, historyHeading, history, compareHeading,
                new HorizontalLayout(compareFrom, compareTo), changes);
        refresh(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.pages.heading"));
    }

    private String pageLabel(NetworkPage shown) {
        if (shown == null) {
            return getTranslation("workspace.pages.new");
        }
        String name = shown.isHomeIntroduction() ? getTranslation("workspace.pages.home-introduction") : shown.getTitle();
        return shown.isPublished() ? name : getTranslation("workspace.pages.unpublished-title", name);
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

    /**
     * The chosen page in the chosen language: its latest version (the draft, if there is one, else the published text),
     * its state and its history; an empty form for a new page or a first translation.
     */
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
        NetworkPages.History pageHistory = shown == null ? null : pages.history(shown.getSlug(), language.getValue().code());
        NetworkPageVersion latest = pageHistory == null ? null : pageHistory.versions().stream().findFirst().orElse(null);
        slug.setReadOnly(shown != null);
        position.setReadOnly(!english);
        // The home page's introduction has no address or place in the navigation of its own.
        boolean introduction = shown != null && shown.isHomeIntroduction();
        slug.setVisible(!introduction);
        position.setVisible(!introduction);
        slug.setValue(shown == null ? "" : shown.getSlug());
        position.setValue(latest != null && latest.getPosition() != null ? latest.getPosition() : shown == null ? 100 : shown.getPosition());
        title.setValue(latest == null ? "" : latest.getTitle());
        body.setValue(latest == null || latest.getBody() == null ? "" : latest.getBody());
        state.setText(stateOf(pageHistory));
        removeTranslation.setVisible(!english && pageHistory != null && pageHistory.liveNumber() != null);
        preview.getElement().setProperty("innerHTML", markdown.toSafeHtml(body.getValue()));
        showHistory(pageHistory);
    }

    private String stateOf(NetworkPages.History shown) {
        if (shown == null || shown.versions().isEmpty()) {
            return shown == null ? "" : getTranslation("workspace.pages.translation.none");
        }
        StringBuilder text = new StringBuilder();
        shown.version(shown.liveNumber() == null ? -1 : shown.liveNumber()).ifPresentOrElse(
                live -> text.append(getTranslation("workspace.pages.state.live", live.getNumber(), live.getPublishedBy(),
                        WorkspaceTime.format(live.getPublishedAt()))),
                () -> text.append(getTranslation(shown.language().equals(NetworkLanguage.ENGLISH.code())
                        ? "workspace.pages.state.never" : "workspace.pages.translation.none")));
        shown.draft().ifPresent(draft -> text.append(' ').append(getTranslation("workspace.pages.state.draft", draft.getNumber(),
                draft.getSavedBy(), WorkspaceTime.format(draft.getSavedAt()))));
        return text.toString();
    }

    private void showHistory(NetworkPages.History shown) {
        List<NetworkPageVersion> versions = shown == null ? List.of() : shown.versions();
        shownHistory = shown;
        history.setItems(versions);
        for (var part : List.of(historyHeading, history)) {
            part.setVisible(!versions.isEmpty());
        }
        for (var part : List.of(compareHeading, compareFrom, compareTo, changes)) {
            part.setVisible(versions.size() > 1);
        }
        compareFrom.setItems(versions);
        compareTo.setItems(versions);
        if (versions.size() > 1) {
            // What the draft changes in the public text, else what the latest version changed.
            NetworkPageVersion to = versions.get(0);
            compareTo.setValue(to);
            compareFrom.setValue(shown.draft().flatMap(draft -> Optional.ofNullable(shown.liveNumber()))
                    .flatMap(shown::version).orElse(versions.get(1)));
        }
    }

    private String versionState(NetworkPageVersion version) {
        NetworkPages.History shown = shownHistory;
        String text = shown != null && Objects.equals(shown.liveNumber(), version.getNumber())
                ? getTranslation("workspace.pages.history.live")
                : version.wasPublished() ? getTranslation("workspace.pages.history.earlier", version.getPublishedBy(),
                        WorkspaceTime.format(version.getPublishedAt()))
                : getTranslation("workspace.pages.history.draft");
        return version.getRestoredFrom() == null ? text
                : text + " · " + getTranslation("workspace.pages.history.restored", version.getRestoredFrom());
    }

    private Button restoreButton(NetworkPageVersion version) {
        Button restore = new Button(getTranslation("workspace.pages.history.restore"), click -> restore(version));
        restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        restore.setVisible(shownHistory != null && version != shownHistory.versions().get(0));
        return restore;
    }

    /** The words changed from one version to the other, field by field. */
    private void compare() {
        NetworkPageVersion from = compareFrom.getValue();
        NetworkPageVersion to = compareTo.getValue();
        if (from == null || to == null) {
            changes.say("");
            return;
        }
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put(getTranslation("workspace.pages.title"), new String[] {from.getTitle(), to.getTitle()});
        fields.put(getTranslation("workspace.pages.body"), new String[] {from.getBody(), to.getBody()});
        if (!page.getValue().isHomeIntroduction() && (from.getPosition() != null || to.getPosition() != null)) {
            fields.put(getTranslation("workspace.pages.position"), new String[] {Objects.toString(from.getPosition(), ""),
                    Objects.toString(to.getPosition(), "")});
        }
        changes.show(fields);
    }

    private void save(boolean andPublish) {
        title.setInvalid(false);
        slug.setInvalid(false);
        try {
            int at = position.getValue() == null ? 100 : position.getValue();
            NetworkLanguage in = language.getValue() == null ? NetworkLanguage.ENGLISH : language.getValue();
            String savedSlug;
            if (page.getValue() == null) {
                // A new page is written in English: created as its first draft, or created and published at once.
                String newSlug = slug.getValue().isBlank() ? Slugs.fromTitle(title.getValue(), 80) : slug.getValue();
                savedSlug = (andPublish ? pages.createAndPublish(newSlug, title.getValue(), body.getValue(), at)
                        : pages.create(newSlug, title.getValue(), body.getValue(), at)).getSlug();
            } else {
                savedSlug = page.getValue().getSlug();
                Integer savedPosition = in.isEnglish() ? at : null;
                if (andPublish) {
                    pages.publish(savedSlug, in.code(), title.getValue(), body.getValue(), savedPosition);
                } else {
                    pages.saveDraft(savedSlug, in.code(), title.getValue(), body.getValue(), savedPosition);
                }
            }
            Notices.success(getTranslation(andPublish ? "workspace.pages.saved" : "workspace.pages.draft-saved"));
            refresh(savedSlug);
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> {
                TextField field = v.getPropertyPath().toString().equals("slug") ? slug : title;
                FieldErrors.mark(field, WorkspaceTexts.of(v));
            });
        } catch (InvalidInputException e) {
            FieldErrors.mark("language".equals(e.field()) ? language : slug, e.reason());
        }
    }

    private void restore(NetworkPageVersion version) {
        String shown = page.getValue().getSlug();
        pages.restore(shown, language.getValue().code(), version.getNumber());
        Notices.success(getTranslation("workspace.pages.restored", version.getNumber()));
        refresh(shown);
    }

    private void removeTranslation() {
        String shown = page.getValue().getSlug();
        pages.removeTranslation(shown, language.getValue().code());
        Notices.success(getTranslation("workspace.pages.translation.removed"));
        refresh(shown);
    }
}
