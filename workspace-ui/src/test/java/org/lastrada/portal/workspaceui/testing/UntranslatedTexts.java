package org.lastrada.portal.workspaceui.testing;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import java.text.DateFormatSymbols;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.workspaceui.WorkspaceTexts;
import org.lastrada.portal.workspaceui.WorkspaceTime;

/**
 * Finds what a person reads on a screen that did not come from the message bundles. Read: the text of every element
 * (headings, paragraphs, buttons, links), the label, helper text, placeholder, error message and header of fields and
 * dialogs, the title and alternative text of elements, the page title, notifications, grid column headers and the
 * cells of a grid's first rows, the item labels of selects, combo boxes and checkbox groups, and text in HTML the view
 * writes itself (not the public site's rendering of a profile, which the public site translates).
 * <p>
 * The rule: a text passes when, once its translated parts ({@code ⟦…⟧}) and the database's texts in it are taken out,
 * each word left is one the JDK writes in the UI's language: month and day names, time zone names, language and country
 * names and their ISO codes, or a language's own name. Text in HTML also passes when it is part of a database text
 * (rendered Markdown). So a hard-coded "Save" fails, and so does an enum shown by its name.
 */
final class UntranslatedTexts {

    private static final Pattern TRANSLATED = Pattern.compile(Pattern.quote(PseudoTranslations.OPEN) + "[^"
            + PseudoTranslations.OPEN + PseudoTranslations.CLOSE + "]*" + Pattern.quote(PseudoTranslations.CLOSE));
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final List<String> PROPERTIES = List.of("label", "helperText", "placeholder", "errorMessage", "headerTitle",
            "text", "title", "summary");
    private static final List<String> ATTRIBUTES = List.of("title", "alt", "aria-label");
    private static final int ROWS = 10;

    private final List<String> databaseTexts;
    private final Set<String> databaseWhole;
    private final Set<String> localeWords = new HashSet<>();

    UntranslatedTexts(Set<String> databaseTexts) {
        this.databaseTexts = databaseTexts.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.databaseWhole = databaseTexts;
        Locale locale = WorkspaceTime.locale();
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        Stream.of(symbols.getMonths(), symbols.getShortMonths(), symbols.getWeekdays(), symbols.getShortWeekdays(),
                symbols.getAmPmStrings(), symbols.getEras()).flatMap(Arrays::stream).forEach(this::addWords);
        for (String id : TimeZone.getAvailableIDs()) {
            addWords(id);
            TimeZone zone = TimeZone.getTimeZone(id);
            for (boolean daylight : new boolean[] {false, true}) {
                addWords(zone.getDisplayName(daylight, TimeZone.SHORT, locale));
                addWords(zone.getDisplayName(daylight, TimeZone.LONG, locale));
            }
        }
        for (String id : ZoneId.getAvailableZoneIds()) {
            addWords(ZoneId.of(id).getDisplayName(TextStyle.FULL, locale));
            addWords(ZoneId.of(id).getDisplayName(TextStyle.SHORT, locale));
        }
        // Names as IsoCodes writes them (in the UI's language; English is Locale.ENGLISH there, while times are written
        // for Locale.UK, whose names differ in places: CLDR 47 calls "ff" Fula in one and Fulah in the other).
        Locale namesLocale = WorkspaceTexts.locale();
        for (String language : Locale.getISOLanguages()) {
            addWords(language);
            addWords(new Locale(language).getDisplayLanguage(locale));
            addWords(new Locale(language).getDisplayLanguage(namesLocale));
        }
        for (String country : Locale.getISOCountries()) {
            addWords(country);
            addWords(new Locale("", country).getDisplayCountry(locale));
            addWords(new Locale("", country).getDisplayCountry(namesLocale));
        }
        Arrays.stream(NetworkLanguage.values()).map(NetworkLanguage::nativeName).forEach(this::addWords);
    }

    /** The problems on this UI's screen: "where: text". */
    List<String> in(UI ui) {
        List<String> problems = new ArrayList<>();
        String title = ui.getInternals().getTitle();
        if (title != null && !passes(title)) {
            problems.add("page title: " + title);
        }
        Map<Element, Boolean> seen = new IdentityHashMap<>();
        for (Component component : LocatorKt._walkAll(ui)) {
            read(component, seen, problems);
        }
        for (Component notification : NotificationsKt.getNotifications()) {
            read(notification, seen, problems);
        }
        return problems;
    }

    private void read(Component component, Map<Element, Boolean> seen, List<String> problems) {
        walk(component.getElement(), seen, problems);
        if (component instanceof Dialog dialog) {
            walk(dialog.getHeader().getElement(), seen, problems);
            walk(dialog.getFooter().getElement(), seen, problems);
        }
        if (component instanceof Grid<?> grid) {
            readGrid(grid, seen, problems);
        } else if (component instanceof Select<?> select) {
            readItems(select.getClass().getSimpleName(), select.getListDataView().getItems().toList(),
                    select.getItemLabelGenerator(), problems);
            if (select.isEmptySelectionAllowed()) {
                check("Select empty choice", select.getEmptySelectionCaption(), problems);
            }
        } else if (component instanceof ComboBox<?> box) {
            readItems("ComboBox", box.getListDataView().getItems().toList(), box.getItemLabelGenerator(), problems);
        } else if (component instanceof MultiSelectComboBox<?> box) {
            readItems("MultiSelectComboBox", box.getListDataView().getItems().toList(), box.getItemLabelGenerator(), problems);
        } else if (component instanceof CheckboxGroup<?> group) {
            readItems("CheckboxGroup", group.getListDataView().getItems().toList(), group.getItemLabelGenerator(), problems);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void readItems(String where, List<?> items, ItemLabelGenerator generator, List<String> problems) {
        for (Object item : items) {
            check(where + " item", String.valueOf(generator.apply(item)), problems);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void readGrid(Grid grid, Map<Element, Boolean> seen, List<String> problems) {
        List<Grid.Column> columns = grid.getColumns();
        for (Grid.Column column : columns) {
            check("Grid header", column.getHeaderText(), problems);
        }
        // Lazy grids without a count (the audit log, the outbox) say nothing of their size: fetch the first rows.
        List<?> rows = GridKt._fetch(grid, 0, ROWS);
        for (Object row : rows) {
            for (Grid.Column column : columns) {
                if (column.getRenderer() instanceof ComponentRenderer renderer) {
                    Component cell = renderer.createComponent(row);
                    if (cell != null) {
                        for (Component part : LocatorKt._walkAll(cell)) {
                            read(part, seen, problems);
                        }
                    }
                } else {
                    check("Grid cell", GridKt._getFormatted(column, row), problems);
                }
            }
        }
    }

    private void walk(Element element, Map<Element, Boolean> seen, List<String> problems) {
        if (seen.put(element, Boolean.TRUE) != null) {
            return;
        }
        String where = element.isTextNode() ? "text" : element.getTag();
        if (element.isTextNode()) {
            check(where, element.getText(), problems);
            return;
        }
        for (String property : PROPERTIES) {
            Object value = element.getPropertyRaw(property);
            if (value instanceof String text) {
                check(where + "." + property, text, problems);
            }
        }
        for (String attribute : ATTRIBUTES) {
            check(where + "[" + attribute + "]", element.getAttribute(attribute), problems);
        }
        if (element.getPropertyRaw("innerHTML") instanceof String html) {
            readHtml(where, html, problems);
        }
        element.getChildren().forEach(child -> walk(child, seen, problems));
    }

    private void readHtml(String where, String html, List<String> problems) {
        Document document = Jsoup.parseBodyFragment(html);
        document.select("article.organisation-profile").remove();
        for (TextNode node : document.body().select("*").textNodes()) {
            String text = node.text().strip();
            if (!text.isEmpty() && !passes(text) && databaseTexts.stream().noneMatch(content -> content.contains(text))) {
                problems.add(where + " HTML: " + text);
            }
        }
    }

    private void check(String where, String text, List<String> problems) {
        if (text != null && !passes(text)) {
            problems.add(where + ": " + text);
        }
    }

    /** Translated, content of the database, or words the JDK writes in the UI's language. */
    boolean passes(String text) {
        String rest = text;
        String before;
        do {
            before = rest;
            rest = TRANSLATED.matcher(rest).replaceAll(" ");
        } while (!rest.equals(before));
        if (databaseWhole.contains(rest.strip())) {
            return true;
        }
        for (String content : databaseTexts) {
            if (rest.contains(content)) {
                // As whole words only: "ru" in the database does not make "Belarusian" content.
                rest = Pattern.compile("(?<!\\p{L})" + Pattern.quote(content) + "(?!\\p{L})").matcher(rest).replaceAll(" ");
            }
        }
        return Arrays.stream(NOT_A_LETTER.split(rest)).filter(word -> !word.isEmpty())
                .allMatch(word -> localeWords.contains(word.toLowerCase(Locale.ROOT)));
    }

    private void addWords(String text) {
        if (text != null) {
            Arrays.stream(NOT_A_LETTER.split(text)).filter(word -> !word.isEmpty())
                    .forEach(word -> localeWords.add(word.toLowerCase(Locale.ROOT)));
        }
    }
}
