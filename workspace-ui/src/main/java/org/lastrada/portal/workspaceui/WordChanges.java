package org.lastrada.portal.workspaceui;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.lastrada.portal.shared.content.WordDiff;

/**
 * What changed between two texts of a record, field by field: a table of the fields that differ with removed words in
 * {@code <del>} and added ones in {@code <ins>}, and the names of the fields left as they were. The moderator's review
 * and the network pages' history show changes with it.
 */
public class WordChanges extends Div {

    public WordChanges() {
        setWidthFull();
    }

    /** Each field's name, in the order given, with its text before and after ({@code null} is empty). */
    public void show(Map<String, String[]> fields) {
        StringBuilder html = new StringBuilder("<table class=\"review-diff\"><thead><tr><th>")
                .append(Entities.escape(getTranslation("workspace.moderation.review.field"))).append("</th><th>")
                .append(Entities.escape(getTranslation("workspace.moderation.review.change"))).append("</th></tr></thead><tbody>");
        List<String> unchanged = new ArrayList<>();
        fields.forEach((field, values) -> {
            String before = values[0] == null ? "" : values[0];
            String after = values[1] == null ? "" : values[1];
            if (before.equals(after)) {
                unchanged.add(field);
            } else {
                html.append("<tr><th>").append(Entities.escape(field)).append("</th><td>").append(WordDiff.html(before, after))
                        .append("</td></tr>");
            }
        });
        html.append("</tbody></table>");
        if (!unchanged.isEmpty()) {
            html.append("<p>").append(Entities.escape(getTranslation("workspace.moderation.review.unchanged", String.join(", ", unchanged))))
                    .append("</p>");
        }
        getElement().setProperty("innerHTML", html.toString());
    }

    /** A sentence in place of the table (when there is nothing to compare with). */
    public void say(String text) {
        getElement().setProperty("innerHTML", "<p>" + Entities.escape(text) + "</p>");
    }
}
