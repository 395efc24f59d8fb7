package org.lastrada.portal.publicsite;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.lastrada.portal.shared.content.MarkdownRenderer;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.ProfileInLanguage;
import org.lastrada.portal.shared.organisations.ProfileTextBinder;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostTextBinder;
import org.lastrada.portal.shared.posts.PublicPostExcerpt;
import org.lastrada.portal.shared.search.SearchAnalysis;
import org.lastrada.portal.shared.search.SearchLanguage;
import org.lastrada.portal.shared.searchindex.SearchIndex;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over what the public may see: posts (published, past their moment, of an active
 * organisation) and the live profiles of active organisations, best matches first, each with a snippet
 * whose matching words are marked. A post is found by its words in its own language, whatever the site's language
 * (a Polish query finds "handlu ludźmi" as "handel ludźmi"); the site's language only ranks its posts higher. Hits
 * are loaded back through the same visibility rules as every other public page, so the index can never show more
 * than the database allows.
 */
@Service
public class PublicSearch {

    /** The longest query accepted; longer ones are refused with a reason. */
    public static final int MAX_QUERY_LENGTH = 200;
    /** Matching posts are counted exactly up to this many: ten per page, up to page 100. */
    public static final int MAX_COUNTED = 1_000;
    private static final int MEMBERS_SHOWN = 5;
    /**
     * How much more a post in the visitor's language counts than an equally good match in another: enough to put it
     * first among similar matches, not to bury a clearly better one.
     */
    static final float PREFERRED_LANGUAGE_BOOST = 2f;
    /** How much more a query's word counts in a post's title than in the rest of its text. */
    static final float TITLE_BOOST = 3f;
    private static final int SNIPPET_LENGTH = 200;
    /** A query of one word and nothing else: letters (with their marks) and digits, no operators. */
    private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");
    private static final Pattern MARKDOWN_LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*\\)");
    private static final Pattern MARKDOWN_MARKUP = Pattern.compile("\\*\\*|__|`|(?m)^\\s*#{1,6}\\s|[\\[\\]]");

    public record PostHit(PublicPostExcerpt post, String titleHtml, String snippetHtml) {
    }

    /**
     * A member organisation found, with its profile as the site's language shows it: {@code profile} is the translated
     * one where there is a translation, and {@code language} the language its text is in.
     */
    public record MemberHit(MemberOrganisation organisation, OrganisationProfile profile, String language, String nameHtml,
                            String snippetHtml) {
    }

    /**
     * One page of results; the members are only on the first page. {@code totalPosts} is exact up to
     * {@link #MAX_COUNTED}; above it, {@code totalExact} is false and there are at least that many.
     */
    public record Results(String query, List<MemberHit> members, List<PostHit> posts, long totalPosts, boolean totalExact, int page,
                          int pageSize, boolean indexIncomplete) {
        public int totalPages() {
            return (int) Math.max(1, (totalPosts + pageSize - 1) / pageSize);
        }

        public boolean hasNext() {
            return page < totalPages();
        }
    }

    @PersistenceContext
    private EntityManager entityManager;
    private final PublicCatalogue catalogue;
    private final SearchIndex index;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    /** Each language's analyser, as the index has it: queries are parsed and results marked with it. */
    private final Map<SearchLanguage, Analyzer> analyzers = new EnumMap<>(SearchLanguage.class);
    /** Whether the index is an embedded Lucene one (else Elasticsearch/OpenSearch); null until first asked. */
    private volatile Boolean embedded;

    PublicSearch(PublicCatalogue catalogue, SearchIndex index, MarkdownRenderer markdown,
                 Clock clock) {
        this.catalogue = catalogue;
        this.index = index;
        this.markdown = markdown;
        this.clock = clock;
        Map<String, Analyzer> byName = new HashMap<>();
        for (SearchLanguage language : SearchLanguage.values()) {
            analyzers.put(language, byName.computeIfAbsent(language.analyzer(), SearchAnalysis::newAnalyzer));
        }
    }

    @PreDestroy
    void closeAnalyzers() {
        new HashSet<>(analyzers.values()).forEach(Analyzer::close);
    }

    /**
     * What a visitor may use in a query: "quoted phrases", -excluded words, prefix*, a | b, (grouping) and \\ escapes.
     * Fuzzy and proximity operators (~) are left out: on short words they make Lucene fail ("a~2").
     */
    static final Set<SimpleQueryFlag> VISITOR_SYNTAX = EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT,
            SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.ESCAPE,
            SimpleQueryFlag.WHITESPACE);

    /** Cleans what a visitor typed: control characters out, spaces squeezed; null when nothing is left. */
    public static String normalise(String query) {
        if (query == null) {
            return null;
        }
        String cleaned = CONTROL_CHARACTERS.matcher(query).replaceAll(" ").strip().replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Searches, English posts first among similar matches; see {@link #search(String, int, int, NetworkLanguage)}. */
    @Transactional(readOnly = true)
    public Results search(String query, int page, int pageSize) {
        return search(query, page, pageSize, NetworkLanguage.ENGLISH);
    }

    /**
     * Searches; {@code page} counts from 1. The query must be normalised and at most {@link #MAX_QUERY_LENGTH} long.
     * Posts in {@code preferred} (the site's language) rank higher than equally good matches in other languages.
     */
    @Transactional(readOnly = true)
    public Results search(String query, int page, int pageSize, NetworkLanguage preferred) {
        // The index leaves out the posts whose moment is after the end of this minute, and the database's visibility
        // rules (publicExcerpts) those of the minute's moments still to come: one filter for a whole minute, which
        // Lucene's query cache keeps instead of finding the embargoed posts again for every search.
        Instant endOfMinute = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        List<MemberOrganisation> active = catalogue.members(null, null, null);
        if (active.isEmpty()) {
            return new Results(query, List.of(), List.of(), 0, true, page, pageSize, index.isRebuilding());
        }
        SearchSession session = Search.session(entityManager);
        SearchLanguage preferredLanguage = SearchLanguage.of(preferred == null ? NetworkLanguage.ENGLISH : preferred);
        List<String> inactive = catalogue.inactiveMemberSlugs();
        Map<SearchLanguage, Query> postWords = textInEachLanguage(query, POSTS);
        SearchResult<Long> postResult = session.search(Post.class)
                .select(f -> f.id(Long.class))
                .where(f -> {
                    var matching = f.bool().must(inAnyLanguage(f, query, POSTS, postWords, preferredLanguage))
                            // What the public may not see is a few posts (embargoed ones, a suspended member's): leaving
                            // those out costs less than keeping all others in.
                            .mustNot(f.range().field("publishedAt").greaterThan(endOfMinute));
                    return inactive.isEmpty() ? matching : matching.mustNot(f.terms().field("organisation.slug").matchingAny(inactive));
                })
                // Counting every match exactly would score them all; past the last page anyone can reach, "at least" will do.
                .totalHitCountThreshold(MAX_COUNTED)
                .fetch((page - 1) * pageSize, pageSize);
        Map<Long, PublicPostExcerpt> visiblePosts = byId(catalogue.publicExcerpts(postResult.hits()), PublicPostExcerpt::id);
        // The words marked in a text are those its language's query looked for (any field's query names them).
        Map<SearchLanguage, Optional<QueryWordMarks>> marks = new EnumMap<>(SearchLanguage.class);
        Function<String, Optional<QueryWordMarks>> marksIn = code -> marks.computeIfAbsent(SearchLanguage.ofCode(code),
                language -> Optional.ofNullable(postWords.get(language)).map(words -> new QueryWordMarks(words, analyzers.get(language))));
        List<PostHit> postHits = postResult.hits().stream()
                .map(visiblePosts::get)
                .filter(Objects::nonNull)
                .map(post -> postHit(post, marksIn.apply(post.language())))
                .toList();

        List<MemberHit> memberHits = page == 1 ? members(session, query, active, preferredLanguage, marksIn) : List.of();
        return new Results(query, memberHits, postHits, postResult.total().hitCountLowerBound(), postResult.total().isHitCountExact(),
                page, pageSize, index.isRebuilding());
    }

    /** A post found: its title marked, and the part of its opening (else its summary) with the most of the query's words. */
    private PostHit postHit(PublicPostExcerpt post, Optional<QueryWordMarks> marks) {
        String title = marks.map(m -> m.markAll(post.title())).orElseGet(() -> HtmlUtils.htmlEscape(post.title()));
        String snippet = marks.map(m -> Optional.ofNullable(post.opening()).map(PublicSearch::withoutMarkdown)
                        .map(opening -> m.fragment(opening, SNIPPET_LENGTH))
                        .orElseGet(() -> m.fragment(post.summary(), SNIPPET_LENGTH)))
                // rendering Markdown to plain text costs more than the rest: only when nothing is marked
                .orElseGet(() -> HtmlUtils.htmlEscape(post.summary() != null ? post.summary()
                        : markdown.toPlainText(post.opening(), SNIPPET_LENGTH)));
        return new PostHit(post, title, snippet);
    }

    /**
     * Where a kind of document keeps its words in each of its languages: the text that must have all the query's words,
     * and the part of it (a post's title, an organisation's name) where a word counts {@link #TITLE_BOOST} times more.
     */
    private record Fields(String prefix, String text, String title, List<SearchLanguage> languages) {
        String text(SearchLanguage language) {
            return prefix + language.field(text);
        }

        String title(SearchLanguage language) {
            return prefix + language.field(title);
        }
    }

    private static final Fields POSTS = new Fields("content.", PostTextBinder.TEXT, PostTextBinder.TITLE,
            List.of(SearchLanguage.values()));
    private static final Fields PROFILES = new Fields("", ProfileTextBinder.TEXT, ProfileTextBinder.NAME,
            Arrays.stream(SearchLanguage.values()).filter(language -> language.networkLanguage().isPresent()).toList());

    /**
     * The query matched against each language's fields, analysed as that language: a document matches when all its
     * words are in its own language's text. On the embedded Lucene index, as {@link #bestLanguage} builds it; on an
     * Elasticsearch/OpenSearch one, which Lucene queries cannot be given to, with the engine's own predicates, one query
     * per language rather than one over all fields, because the languages drop different stop words: over all fields at
     * once, the "на" of "трафик на хора", a Bulgarian stop word but a word in Macedonian, would have to be in a Bulgarian
     * post's (stop-word free) Bulgarian text. A single word has no such problem (a language that drops it finds none of
     * its posts either way), so it is looked for with one query over every language's fields.
     */
    private PredicateFinalStep inAnyLanguage(SearchPredicateFactory f, String query, Fields fields, Map<SearchLanguage, Query> text,
                                             SearchLanguage preferred) {
        if (isEmbedded()) {
            return f.extension(LuceneExtension.get()).fromLuceneQuery(bestLanguage(withTitles(text, query, fields), preferred));
        }
        if (ONE_WORD.matcher(query).matches()) {
            SimpleQueryStringPredicateFieldMoreStep<?, ?> everyLanguage = null;
            for (SearchLanguage language : fields.languages()) {
                float weight = language == preferred ? PREFERRED_LANGUAGE_BOOST : 1f;
                everyLanguage = (everyLanguage == null ? f.simpleQueryString().field(fields.text(language))
                        : everyLanguage.field(fields.text(language))).boost(weight)
                        .field(fields.title(language)).boost(TITLE_BOOST * weight);
            }
            return everyLanguage.matching(query).defaultOperator(BooleanOperator.AND).flags(VISITOR_SYNTAX);
        }
        var anyLanguage = f.or();
        for (SearchLanguage language : fields.languages()) {
            anyLanguage.add(f.simpleQueryString()
                    .field(fields.text(language))
                    .field(fields.title(language)).boost(TITLE_BOOST)
                    .matching(query).defaultOperator(BooleanOperator.AND).flags(VISITOR_SYNTAX)
                    .boost(language == preferred ? PREFERRED_LANGUAGE_BOOST : 1f));
        }
        return anyLanguage;
    }

    /** The visitor's syntax (see {@link #VISITOR_SYNTAX}) in Lucene's simple query parser. */
    private static final int LUCENE_SYNTAX = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR;

    /**
     * The query in each language's text, analysed as that language, all its words required; the languages in which it
     * has no word to look for (only that language's stop words) left out.
     */
    private Map<SearchLanguage, Query> textInEachLanguage(String query, Fields fields) {
        Map<SearchLanguage, Query> queries = new EnumMap<>(SearchLanguage.class);
        for (SearchLanguage language : fields.languages()) {
            Query text = parse(query, language, fields.text(language), BooleanClause.Occur.MUST);
            if (text != null) {
                queries.put(language, text);
            }
        }
        return queries;
    }

    /**
     * Each language's text query with the query's words found in the title raising the score (a conjunction of single
     * terms, see PostTextBinder).
     */
    private Map<SearchLanguage, Query> withTitles(Map<SearchLanguage, Query> text, String query, Fields fields) {
        Map<SearchLanguage, Query> queries = new EnumMap<>(SearchLanguage.class);
        text.forEach((language, words) -> {
            Query title = parse(query, language, fields.title(language), BooleanClause.Occur.SHOULD);
            queries.put(language, title == null ? words : new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                    .add(new BoostQuery(title, TITLE_BOOST), BooleanClause.Occur.SHOULD).build());
        });
        return queries;
    }

    /** The query in one field, analysed as the language, its words joined by {@code operator}; null when it has no word. */
    private Query parse(String query, SearchLanguage language, String field, BooleanClause.Occur operator) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzers.get(language), Map.of(field, 1f), LUCENE_SYNTAX);
        parser.setDefaultOperator(operator);
        Query parsed = parser.parse(query);
        return parsed == null || parsed instanceof MatchNoDocsQuery ? null : parsed;
    }

    /**
     * The languages' queries scored by the language where the query matches best (a dis-max): a post has words in its
     * own language's fields only, so its score is the same as the sum would give, but Lucene can skip posts that cannot
     * beat the best found so far in each language on its own, which a sum over every language's fields keeps it from
     * doing (each language's fields counted as if a post could match in all).
     */
    static Query bestLanguage(Map<SearchLanguage, Query> inEachLanguage, SearchLanguage preferred) {
        if (inEachLanguage.isEmpty()) {
            return new MatchNoDocsQuery("no word to look for");
        }
        List<Query> languages = new ArrayList<>();
        inEachLanguage.forEach((language, query) -> languages.add(language == preferred ? new BoostQuery(query, PREFERRED_LANGUAGE_BOOST) : query));
        return new DisjunctionMaxQuery(languages, 0f);
    }

    private boolean isEmbedded() {
        Boolean known = embedded;
        if (known == null) {
            try {
                Search.mapping(entityManager.getEntityManagerFactory()).backend().unwrap(LuceneBackend.class);
                known = true;
            } catch (SearchException notLucene) {
                known = false;
            }
            embedded = known;
        }
        return known;
    }

    /**
     * The active organisations whose profile, or a translation of it, has all the words: the English profile's words
     * analysed as English, each translation's as its language, the site's language weighing more. Each is shown as the
     * site's language shows it, the query's words marked in its name and short description.
     */
    private List<MemberHit> members(SearchSession session, String query, List<MemberOrganisation> active, SearchLanguage preferred,
                                    Function<String, Optional<QueryWordMarks>> marksIn) {
        List<Long> hits = session.search(MemberOrganisation.class)
                .select(f -> f.id(Long.class))
                .where(f -> inAnyLanguage(f, query, PROFILES, textInEachLanguage(query, PROFILES), preferred))
                .fetchHits(MEMBERS_SHOWN);
        Map<Long, MemberOrganisation> visible = byId(active, MemberOrganisation::getId);
        String code = preferred.networkLanguage().orElse(NetworkLanguage.ENGLISH).code();
        return hits.stream()
                .map(visible::get)
                .filter(Objects::nonNull)
                .map(organisation -> {
                    ProfileInLanguage shown = organisation.profileIn(code);
                    OrganisationProfile profile = shown.profile();
                    boolean ownDescription = !shown.fellBack() && organisation.translation(code)
                            .map(t -> t.getShortDescription() != null && !t.getShortDescription().isBlank()).orElse(false);
                    String name = marksIn.apply(shown.language()).map(m -> m.markAll(profile.getName()))
                            .orElseGet(() -> HtmlUtils.htmlEscape(profile.getName()));
                    String snippet = profile.getShortDescription() == null ? null
                            : marksIn.apply(ownDescription ? code : NetworkLanguage.ENGLISH.code())
                                    .map(m -> m.fragment(profile.getShortDescription(), SNIPPET_LENGTH)).orElse(null);
                    return new MemberHit(organisation, profile, shown.language(), name, snippet != null ? snippet
                            : HtmlUtils.htmlEscape(profile.getShortDescription() != null ? profile.getShortDescription()
                                    : markdown.toPlainText(profile.getLongDescription(), SNIPPET_LENGTH)));
                })
                .toList();
    }

    private static <T> Map<Long, T> byId(Collection<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** Markdown's link targets and markup taken out of a text quoted as plain words. */
    private static String withoutMarkdown(String text) {
        return MARKDOWN_MARKUP.matcher(MARKDOWN_LINK_TARGET.matcher(text).replaceAll("")).replaceAll("");
    }
}
