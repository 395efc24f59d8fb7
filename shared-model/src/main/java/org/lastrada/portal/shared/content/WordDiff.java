package org.lastrada.portal.shared.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Which words changed between the live text and the proposed one, as escaped HTML with removed words in
 * {@code <del>} and added words in {@code <ins>}, so a reviewer sees a change inside a long text at once.
 */
public final class WordDiff {

    /** Longer texts are compared paragraph-free word by word; beyond this many words, only lines are marked. */
    private static final int MAX_WORDS = 4000;
    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");

    private WordDiff() {
    }

    public static String html(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        if ((long) a.size() * b.size() > (long) MAX_WORDS * MAX_WORDS) {
            return "<del>" + escape(before) + "</del> <ins>" + escape(after) + "</ins>";
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder html = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                html.append(escape(a.get(i)));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                html.append("<del>").append(escape(a.get(i))).append("</del>");
                i++;
            } else {
                html.append("<ins>").append(escape(b.get(j))).append("</ins>");
                j++;
            }
        }
        return html.toString().replace("</ins><ins>", "").replace("</del><del>", "");
    }

    /** Words with the white space that follows them, so the result reads like the original text. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static String escape(String text) {
        return text == null ? "" : Entities.escape(text);
    }
}
