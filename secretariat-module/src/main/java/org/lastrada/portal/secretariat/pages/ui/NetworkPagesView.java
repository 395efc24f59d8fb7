package org.lastrada.portal.secretariat.pages.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.lastrada.portal.secretariat.pages.NetworkPages;
import org.lastrada.portal.shared.content.MarkdownRenderer;
import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.validation.Slugs;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.Notices;

/** The network's own pages (About, Vision and mission...), edited in Markdown with a preview; new pages can be added. */
@Route("workspace/pages")
@PageTitle("Network pages | LSI Network Portal")
@Menu(order = 30, icon = "vaadin:file-text-o", title = "Network pages")
@RolesAllowed({"MODERATOR", "ADMIN"})
class NetworkPagesView extends VerticalLayout {

    final Select<NetworkPage> page = new Select<>();
    final TextField slug = new TextField("Address name");
    final TextField title = new TextField("Title");
    final IntegerField position = new IntegerField("Position in the navigation");
    final TextArea body = new TextArea("Text (Markdown)");
    final Div preview = new Div();
    private final NetworkPages pages;
    private final MarkdownRenderer markdown;

    NetworkPagesView(NetworkPages pages, MarkdownRenderer markdown) {
        this.pages = pages;
        this.markdown = markdown;
        setMaxWidth("75rem");
        page.setLabel("Page");
        page.setItemLabelGenerator(p -> p == null ? "A new page" : p.getTitle());
        page.setEmptySelectionAllowed(true);
        page.setEmptySelectionCaption("A new page");
        page.addValueChangeListener(change -> show(change.getValue()));
        slug.setHelperText("The page's address: /about/<address name>; lower-case letters, digits and hyphens");
        body.setWidthFull();
        body.setMinHeight("16rem");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(change -> preview.getElement().setProperty("innerHTML", markdown.toSafeHtml(change.getValue())));
        preview.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-m)");
        Button save = new Button("Save and publish", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Network pages"), page, new HorizontalLayout(title, slug, position), body, save,
                new H3("Preview, as the public will see it"), preview);
        refresh(null);
    }

    private void refresh(String selectSlug) {
        var all = pages.list();
        page.setItems(all);
        page.setValue(all.stream().filter(p -> p.getSlug().equals(selectSlug)).findFirst().orElse(all.isEmpty() ? null : all.get(0)));
    }

    private void show(NetworkPage shown) {
        slug.setReadOnly(shown != null);
        slug.setValue(shown == null ? "" : shown.getSlug());
        title.setValue(shown == null ? "" : shown.getTitle());
        position.setValue(shown == null ? 100 : shown.getPosition());
        body.setValue(shown == null || shown.getBody() == null ? "" : shown.getBody());
        preview.getElement().setProperty("innerHTML", markdown.toSafeHtml(body.getValue()));
    }

    private void save() {
        title.setInvalid(false);
        slug.setInvalid(false);
        try {
            int at = position.getValue() == null ? 100 : position.getValue();
            NetworkPage saved = page.getValue() == null
                    ? pages.create(slug.getValue().isBlank() ? Slugs.fromTitle(title.getValue(), 80) : slug.getValue(), title.getValue(),
                            body.getValue(), at)
                    : pages.edit(page.getValue().getSlug(), title.getValue(), body.getValue(), at);
            Notices.success("Saved; the public site shows it now.");
            refresh(saved.getSlug());
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> {
                TextField field = v.getPropertyPath().toString().equals("slug") ? slug : title;
                FieldErrors.mark(field, v.getMessage());
            });
        } catch (InvalidInputException e) {
            FieldErrors.mark(slug, e.getMessage());
        }
    }
}
