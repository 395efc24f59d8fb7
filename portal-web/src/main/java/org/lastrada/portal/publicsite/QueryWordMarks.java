package org.lastrada.portal.publicsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks, in a text shown among search results, the words a query looked for: the text is cut into words by the
 * analyser of its language, the same that indexed it, so "victims" is marked for the query "victim" and "handlu" for
 * "handel". Words the query excludes (-word) are not marked; a prefix (handl*) marks every word it matches. The result
 * is HTML: the text escaped, each matching word in {@code <mark>}. Marking the text shown rather than asking the index
 * for stored fragments keeps the index small and the marks right even when the index is behind the database.
 */
final class QueryWordMarks {

    private final Analyzer analyzer;
    private final Set<BytesRef> words = new HashSet<>();
    private final List<ByteRunAutomaton> prefixes = new ArrayList<>();

    /** The words of a query parsed with {@code analyzer}, whatever fields it names. */
    QueryWordMarks(Query query, Analyzer analyzer) {
        this.analyzer = analyzer;
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term term : terms) {
                    words.add(BytesRef.deepCopyOf(term.bytes()));
                }
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                prefixes.add(automaton.get());
            }
        });
    }

    /** The whole text, escaped, with its matching words marked; null when no word matches. */
    String markAll(String text) {
        List<int[]> marks = marks(text);
        return marks.isEmpty() ? null : html(text, 0, text.length(), marks);
    }

    /**
     * At most {@code length} characters of the text, cut between words, where it has the most of the query's
     * different words (the earliest such place), escaped and marked; null when no word matches.
     */
    String fragment(String text, int length) {
        List<int[]> marks = marks(text);
        if (marks.isEmpty()) {
            return null;
        }
        if (text.length() <= length) {
            return html(text, 0, text.length(), marks);
        }
        int best = 0;
        int bestWords = 0;
        for (int first = 0; first < marks.size(); first++) {
            Set<String> found = new HashSet<>();
            for (int next = first; next < marks.size() && marks.get(next)[1] <= marks.get(first)[0] + length; next++) {
                found.add(text.substring(marks.get(next)[0], marks.get(next)[1]).toLowerCase());
            }
            if (found.size() > bestWords) {
                best = first;
                bestWords = found.size();
            }
        }
        int firstMark = marks.get(best)[0];
        // A few words before the first mark, when the fragment still has room for them; the text's start if it fits.
        int start = marks.get(best)[1] <= length * 3 / 4 ? 0 : wordStartAfter(text, Math.max(0, firstMark - length / 4), firstMark);
        int end = Math.min(text.length(), start + length);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > firstMark ? space : end;
        }
        return html(text, start, end, marks);
    }

    /** Start and end offsets of the matching words, in order, without overlaps. */
    private List<int[]> marks(String text) {
        List<int[]> marks = new ArrayList<>();
        if (text == null || text.isEmpty() || (words.isEmpty() && prefixes.isEmpty())) {
            return marks;
        }
        try (TokenStream tokens = analyzer.tokenStream("", text)) {
            TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (matches(term.getBytesRef())) {
                    int start = offset.startOffset();
                    int end = offset.endOffset();
                    int[] last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
                    if (last != null && start < last[1]) {
                        last[1] = Math.max(last[1], end); // another form of the same word (a folded one)
                    } else {
                        marks.add(new int[] {start, end});
                    }
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a string in memory
        }
        return marks;
    }

    private boolean matches(BytesRef term) {
        if (words.contains(term)) {
            return true;
        }
        for (ByteRunAutomaton prefix : prefixes) {
            if (prefix.run(term.bytes, term.offset, term.length)) {
                return true;
            }
        }
        return false;
    }

    private static int wordStartAfter(String text, int from, int limit) {
        int space = text.indexOf(' ', from);
        return from == 0 || space < 0 || space >= limit ? from : space + 1;
    }

    private static String html(String text, int start, int end, List<int[]> marks) {
        StringBuilder html = new StringBuilder(end - start + 32);
        int at = start;
        for (int[] mark : marks) {
            if (mark[0] < start || mark[1] > end) {
                continue;
            }
            html.append(HtmlUtils.htmlEscape(text.substring(at, mark[0])))
                    .append("<mark>").append(HtmlUtils.htmlEscape(text.substring(mark[0], mark[1]))).append("</mark>");
            at = mark[1];
        }
        return html.append(HtmlUtils.htmlEscape(text.substring(at, end))).toString();
    }
}
