package org.lastrada.portal.publicsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** The query's words, each with its number (a bit of {@link Mark#words}); its prefixes follow them. */
    private final Map<BytesRef, Integer> words = new HashMap<>();
    private final List<ByteRunAutomaton> prefixes = new ArrayList<>();

    /** A marked place of the text, and which of the query's words (bits, by number) it is a form of. */
    private static final class Mark {
        final int start;
        int end;
        long words;

        Mark(int start, int end, long words) {
            this.start = start;
            this.end = end;
            this.words = words;
        }
    }

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
                    words.putIfAbsent(BytesRef.deepCopyOf(term.bytes()), words.size());
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
        List<Mark> marks = new ArrayList<>();
        scan(text, marks, Integer.MAX_VALUE);
        return marks.isEmpty() ? null : html(text, 0, text.length(), marks);
    }

    /**
     * At most {@code length} characters of the text, cut between words, where it has the most of the query's
     * different words (the earliest such place), escaped and marked; null when no word matches. The text is analysed
     * only as far as needed: up to the end of the first place that has every word of the query.
     */
    String fragment(String text, int length) {
        List<Mark> marks = new ArrayList<>();
        int best = scan(text, marks, text == null || text.length() <= length ? Integer.MAX_VALUE : length);
        if (marks.isEmpty()) {
            return null;
        }
        if (text.length() <= length) {
            return html(text, 0, text.length(), marks);
        }
        int firstMark = marks.get(best).start;
        // A few words before the first mark, when the fragment still has room for them; the text's start if it fits.
        int start = marks.get(best).end <= length * 3 / 4 ? 0 : wordStartAfter(text, Math.max(0, firstMark - length / 4), firstMark);
        int end = Math.min(text.length(), start + length);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > firstMark ? space : end;
        }
        return html(text, start, end, marks);
    }

    /**
     * Collects the matching words of the text in {@code marks} (in order, without overlaps) and returns the first
     * mark of the earliest window of {@code window} characters with the most different words of the query (none for
     * {@code Integer.MAX_VALUE}: the whole text). Stops analysing once a window has all of them and every mark it can
     * show has been seen.
     */
    private int scan(String text, List<Mark> marks, int window) {
        if (text == null || text.isEmpty() || (words.isEmpty() && prefixes.isEmpty())) {
            return -1;
        }
        int everyWord = words.size() + prefixes.size();
        int best = -1;
        int bestWords = 0;
        int nextWindow = 0;
        try (TokenStream tokens = analyzer.tokenStream("", text)) {
            TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                int start = offset.startOffset();
                Mark last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
                if (last == null || start >= last.end) {
                    // The windows that end before this word are complete: count their words.
                    for (; nextWindow < marks.size() && start > (long) marks.get(nextWindow).start + window; nextWindow++) {
                        int found = wordsIn(marks, nextWindow, window);
                        if (found > bestWords) {
                            best = nextWindow;
                            bestWords = found;
                        }
                    }
                    if (bestWords == everyWord) {
                        break;
                    }
                }
                long matched = matched(term.getBytesRef());
                if (matched != 0) {
                    if (last != null && start < last.end) {
                        last.end = Math.max(last.end, offset.endOffset()); // another form of the same word (a folded one)
                        last.words |= matched;
                    } else {
                        marks.add(new Mark(start, offset.endOffset(), matched));
                    }
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a string in memory
        }
        for (; window < Integer.MAX_VALUE && nextWindow < marks.size() && bestWords < everyWord; nextWindow++) {
            int found = wordsIn(marks, nextWindow, window);
            if (found > bestWords) {
                best = nextWindow;
                bestWords = found;
            }
        }
        return best;
    }

    /** How many different words of the query the marks from {@code first} within {@code window} characters are. */
    private static int wordsIn(List<Mark> marks, int first, int window) {
        long found = 0;
        long limit = (long) marks.get(first).start + window;
        for (int next = first; next < marks.size() && marks.get(next).end <= limit; next++) {
            found |= marks.get(next).words;
        }
        return Long.bitCount(found);
    }

    /** The query's words this word of the text is a form of, as bits (a query's 64th word and those after share one). */
    private long matched(BytesRef term) {
        Integer word = words.get(term);
        long matched = word == null ? 0 : bit(word);
        for (int prefix = 0; prefix < prefixes.size(); prefix++) {
            if (prefixes.get(prefix).run(term.bytes, term.offset, term.length)) {
                matched |= bit(words.size() + prefix);
            }
        }
        return matched;
    }

    private static long bit(int word) {
        return 1L << Math.min(word, 63);
    }

    private static int wordStartAfter(String text, int from, int limit) {
        int space = text.indexOf(' ', from);
        return from == 0 || space < 0 || space >= limit ? from : space + 1;
    }

    private static String html(String text, int start, int end, List<Mark> marks) {
        StringBuilder html = new StringBuilder(end - start + 32);
        int at = start;
        for (Mark mark : marks) {
            if (mark.start < start || mark.end > end) {
                continue;
            }
            html.append(HtmlUtils.htmlEscape(text.substring(at, mark.start)))
                    .append("<mark>").append(HtmlUtils.htmlEscape(text.substring(mark.start, mark.end))).append("</mark>");
            at = mark.end;
        }
        return html.append(HtmlUtils.htmlEscape(text.substring(at, end))).toString();
    }
}
