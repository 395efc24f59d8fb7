package org.lastrada.portal.publicsite;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterPlainOptionsStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.lastrada.portal.shared.content.MarkdownRenderer;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.ProfileInLanguage;
import org.lastrada.portal.shared.organisations.ProfileTranslationsBinder;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostTextBinder;
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
    private static final int SNIPPET_LENGTH = 200;
    /** A query of one word and nothing else: letters (with their marks) and digits, no operators. */
    private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");
    private static final Pattern MARKDOWN_LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*\\)");
    private static final Pattern MARKDOWN_MARKUP = Pattern.compile("\\*\\*|__|`|(?m)^\\s*#{1,6}\\s|[\\[\\]]");

    public record PostHit(Post post, String titleHtml, String snippetHtml) {
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

    /** What the index says about a hit: which row (and which version of it) matched, and where. */
    private record Highlighted(Key key, List<String> title, List<String> snippet) {
        /** A post's marks: its language's fields have them, every other language's are empty. */
        static Highlighted ofLanguages(List<?> values) {
            int languages = SearchLanguage.values().length;
            return new Highlighted((Key) values.get(0), firstNonEmpty(values.subList(1, 1 + languages)),
                    firstNonEmpty(values.subList(1 + languages, 1 + 2 * languages)));
        }

        @SuppressWarnings("unchecked")
        private static List<String> firstNonEmpty(List<?> fragmentsByLanguage) {
            return fragmentsByLanguage.stream().map(fragments -> (List<String>) fragments)
                    .filter(fragments -> !fragments.isEmpty()).findFirst().orElse(List.of());
        }

        Long id() {
            return key.id();
        }

        /** The index's words are those of the row as it is in the database, so its fragments may be shown. */
        boolean currentFor(long version) {
            return key.version() != null && key.version() == version;
        }
    }

    private record Key(Long id, Long version) {
    }

    @PersistenceContext
    private EntityManager entityManager;
    private final PublicCatalogue catalogue;
    private final SearchIndex index;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    PublicSearch(PublicCatalogue catalogue, SearchIndex index, MarkdownRenderer markdown,
                 Clock clock) {
        this.catalogue = catalogue;
        this.index = index;
        this.markdown = markdown;
        this.clock = clock;
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
        Instant now = clock.instant();
        List<MemberOrganisation> active = catalogue.members(null, null, null);
        if (active.isEmpty()) {
            return new Results(query, List.of(), List.of(), 0, true, page, pageSize, index.isRebuilding());
        }
        SearchSession session = Search.session(entityManager);

        SearchLanguage preferredLanguage = SearchLanguage.of(preferred == null ? NetworkLanguage.ENGLISH : preferred);
        SearchResult<Highlighted> postResult = session.search(Post.class)
                .select(f -> f.composite().from(postProjections(f)).asList(Highlighted::ofLanguages))
                .where(f -> f.bool()
                        .must(inAnyLanguage(f, query, preferredLanguage, postAnalyzers()))
                        .filter(f.range().field("publishedAt").atMost(now))
                        .filter(f.terms().field("organisation.slug")
                                .matchingAny(active.stream().map(MemberOrganisation::getSlug).toList())))
                .highlighter(PublicSearch::titleHighlighter)
                .highlighter("snippet", this::snippetHighlighter)
                // Counting every match exactly would score them all; past the last page anyone can reach, "at least" will do.
                .totalHitCountThreshold(MAX_COUNTED)
                .fetch((page - 1) * pageSize, pageSize);
        Map<Long, Post> visiblePosts = byId(postResult.hits().isEmpty() ? List.of()
                : catalogue.publicPosts(postResult.hits().stream().map(Highlighted::id).toList()), Post::getId);
        List<PostHit> postHits = postResult.hits().stream()
                .filter(hit -> visiblePosts.containsKey(hit.id()))
                .map(hit -> {
                    Post post = visiblePosts.get(hit.id());
                    boolean current = hit.currentFor(post.getVersion());
                    return new PostHit(post, marked(current, hit.title(), post::getTitle), marked(current, hit.snippet(),
                            () -> post.getContent().getSummary() != null ? post.getContent().getSummary()
                                    : markdown.toPlainText(post.getContent().getBody(), SNIPPET_LENGTH)));
                })
                .toList();

        List<MemberHit> memberHits = page == 1 ? members(session, query, active, preferredLanguage) : List.of();
        return new Results(query, memberHits, postHits, postResult.total().hitCountLowerBound(), postResult.total().isHitCountExact(),
                page, pageSize, index.isRebuilding());
    }

    /**
     * The query matched against each language's fields, analysed as that language: a post matches when all its words
     * are in its own language's fields. On the embedded Lucene index, as {@link #bestLanguage} builds it; on an
     * Elasticsearch/OpenSearch one, which Lucene queries cannot be given to, with the engine's own predicates,
     * one query per language rather than one over all fields, because the languages drop different stop words: over all fields at once, the "на" of "трафик на хора", a Bulgarian stop word but a
     * word in Macedonian, would have to be in a Bulgarian post's (stop-word free) Bulgarian fields. A single word has
     * no such problem (a language that drops it finds none of its posts either way), so it is looked for with one
     * query over every language's fields: Lucene then skips the body matches of posts already outscored by title
     * matches, which it cannot do across the per-language queries (six times as fast for a word in every language's
     * posts, docs/performance.md).
     */
    private static PredicateFinalStep inAnyLanguage(SearchPredicateFactory f, String query, SearchLanguage preferred,
                                                    Map<SearchLanguage, Analyzer> analyzers) {
        if (analyzers != null) {
            return f.extension(LuceneExtension.get()).fromLuceneQuery(bestLanguage(query, preferred, analyzers));
        }
        if (ONE_WORD.matcher(query).matches()) {
            SimpleQueryStringPredicateFieldMoreStep<?, ?> everyLanguage = null;
            for (SearchLanguage language : SearchLanguage.values()) {
                float weight = language == preferred ? PREFERRED_LANGUAGE_BOOST : 1f;
                everyLanguage = (everyLanguage == null ? f.simpleQueryString().field(field(language, PostTextBinder.TITLE))
                        : everyLanguage.field(field(language, PostTextBinder.TITLE))).boost(3f * weight)
                        .field(field(language, PostTextBinder.SUMMARY)).boost(2f * weight)
                        .field(field(language, PostTextBinder.BODY)).boost(weight)
                        .field(field(language, PostTextBinder.OPENING)).boost(0.5f * weight);
            }
            return everyLanguage.matching(query).defaultOperator(BooleanOperator.AND).flags(VISITOR_SYNTAX);
        }
        var anyLanguage = f.or();
        for (SearchLanguage language : SearchLanguage.values()) {
            anyLanguage.add(f.simpleQueryString()
                    .field(field(language, PostTextBinder.TITLE)).boost(3f)
                    .field(field(language, PostTextBinder.SUMMARY)).boost(2f)
                    .field(field(language, PostTextBinder.BODY))
                    // The highlighter marks only words the query looked for in the highlighted field itself.
                    .field(field(language, PostTextBinder.OPENING)).boost(0.5f)
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
     * The query in each language's fields, analysed as that language, scored by the language where it matches best
     * (a dis-max): a post has words in its own language's fields only, so its score is the same as the sum would give,
     * but Lucene can skip posts that cannot beat the best found so far in each language on its own, which a sum over
     * every language's fields keeps it from doing (each language's fields counted as if a post could match in all).
     */
    static Query bestLanguage(String query, SearchLanguage preferred, Map<SearchLanguage, Analyzer> analyzers) {
        List<Query> languages = new ArrayList<>();
        for (SearchLanguage language : SearchLanguage.values()) {
            Map<String, Float> weights = new LinkedHashMap<>();
            weights.put(field(language, PostTextBinder.TITLE), 3f);
            weights.put(field(language, PostTextBinder.SUMMARY), 2f);
            weights.put(field(language, PostTextBinder.BODY), 1f);
            // The highlighter marks only words the query looked for in the highlighted field itself.
            weights.put(field(language, PostTextBinder.OPENING), 0.5f);
            SimpleQueryParser parser = new SimpleQueryParser(analyzers.get(language), weights, LUCENE_SYNTAX);
            parser.setDefaultOperator(BooleanClause.Occur.MUST);
            Query parsed = parser.parse(query);
            if (parsed != null && !(parsed instanceof MatchNoDocsQuery)) {
                languages.add(language == preferred ? new BoostQuery(parsed, PREFERRED_LANGUAGE_BOOST) : parsed);
            }
        }
        return languages.isEmpty() ? new MatchNoDocsQuery("no word to look for") : new DisjunctionMaxQuery(languages, 0f);
    }

    /** Each language's analyser of posts, when the index is an embedded Lucene one; null for Elasticsearch/OpenSearch. */
    private Map<SearchLanguage, Analyzer> postAnalyzers() {
        Optional<Map<SearchLanguage, Analyzer>> analyzers = postAnalyzers;
        if (analyzers == null) {
            try {
                LuceneBackend backend = Search.mapping(entityManager.getEntityManagerFactory()).backend().unwrap(LuceneBackend.class);
                Map<SearchLanguage, Analyzer> found = new EnumMap<>(SearchLanguage.class);
                for (SearchLanguage language : SearchLanguage.values()) {
                    found.put(language, backend.analyzer(language.analyzer()).orElseThrow());
                }
                analyzers = Optional.of(found);
            } catch (SearchException notLucene) {
                analyzers = Optional.empty();
            }
            postAnalyzers = analyzers;
        }
        return analyzers.orElse(null);
    }

    /** The default highlighter (titles, names): the whole marked text, HTML-escaped. */
    private static HighlighterFinalStep titleHighlighter(SearchHighlighterFactory f) {
        return f.plain().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>").fragmentSize(300).numberOfFragments(1);
    }

    /**
     * The snippets' highlighter, HTML-escaped too: on the embedded index each highlighter has its own encoder, while
     * OpenSearch refuses an encoder per field ("unknown field [encoder]") and applies the default highlighter's to
     * every field, so there it is set on the default only (SearchIT's markup tests run on both). So a query that uses
     * this highlighter must also name the default one ({@link #titleHighlighter}), or its snippets are not escaped there.
     */
    private HighlighterFinalStep snippetHighlighter(SearchHighlighterFactory f) {
        HighlighterPlainOptionsStep plain = f.plain();
        if (postAnalyzers() != null) {
            plain = plain.encoder(HighlighterEncoder.HTML);
        }
        return plain.tag("<mark>", "</mark>").fragmentSize(SNIPPET_LENGTH).numberOfFragments(1);
    }

    /** Read once: each language's analyser, empty when the backend is not Lucene; null until first asked. */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    private volatile Optional<Map<SearchLanguage, Analyzer>> postAnalyzers;

    /** Key, then every language's marked title, then every language's marked opening (snippet). */
    private static SearchProjection<?>[] postProjections(SearchProjectionFactory<?, ?> f) {
        List<SearchProjection<?>> projections = new ArrayList<>();
        projections.add(f.composite().from(f.id(Long.class), f.field("version", Long.class)).as(Key::new).toProjection());
        for (SearchLanguage language : SearchLanguage.values()) {
            projections.add(f.highlight(field(language, PostTextBinder.TITLE)).toProjection());
        }
        for (SearchLanguage language : SearchLanguage.values()) {
            projections.add(f.highlight(field(language, PostTextBinder.OPENING)).highlighter("snippet").toProjection());
        }
        return projections.toArray(SearchProjection<?>[]::new);
    }

    private static String field(SearchLanguage language, String property) {
        return "content." + language.field(property);
    }

    /**
     * The active organisations whose profile, or a translation of it, has all the words: the English profile's fields
     * analysed as English, each translation's as its language, the site's language weighing more. Each is shown as the
     * site's language shows it, marked where the index found the words in that very text.
     */
    private List<MemberHit> members(SearchSession session, String query, List<MemberOrganisation> active, SearchLanguage preferred) {
        // In English the translated marks are the English ones again (never used): a projection cannot be left out.
        boolean translated = ProfileTranslationsBinder.LANGUAGES.contains(preferred);
        String translatedName = translated ? preferred.field(ProfileTranslationsBinder.NAME) : "profile.name";
        String translatedSnippet = translated ? preferred.field(ProfileTranslationsBinder.SHORT_DESCRIPTION) : "profile.shortDescription";
        List<MemberMarks> hits = session.search(MemberOrganisation.class)
                .select(f -> f.composite()
                        .from(f.composite().from(f.id(Long.class), f.field("version", Long.class)).as(Key::new),
                                f.highlight("profile.name"), f.highlight("profile.shortDescription").highlighter("snippet"),
                                f.highlight(translatedName), f.highlight(translatedSnippet).highlighter("snippet"))
                        .asList(MemberMarks::of))
                .where(f -> {
                    var anyLanguage = f.or().add(f.simpleQueryString()
                            .field("profile.name").boost(3f)
                            .field("profile.city").boost(2f)
                            .field("profile.shortDescription").boost(2f)
                            .field("profile.longDescription")
                            .matching(query).defaultOperator(BooleanOperator.AND).flags(VISITOR_SYNTAX)
                            .boost(preferred == SearchLanguage.ENGLISH ? PREFERRED_LANGUAGE_BOOST : 1f));
                    for (SearchLanguage language : ProfileTranslationsBinder.LANGUAGES) {
                        anyLanguage.add(f.simpleQueryString()
                                .field(language.field(ProfileTranslationsBinder.NAME)).boost(3f)
                                .field(language.field(ProfileTranslationsBinder.CITY)).boost(2f)
                                .field(language.field(ProfileTranslationsBinder.SHORT_DESCRIPTION)).boost(2f)
                                .field(language.field(ProfileTranslationsBinder.LONG_DESCRIPTION))
                                .matching(query).defaultOperator(BooleanOperator.AND).flags(VISITOR_SYNTAX)
                                .boost(language == preferred ? PREFERRED_LANGUAGE_BOOST : 1f));
                    }
                    return anyLanguage;
                })
                .highlighter(PublicSearch::titleHighlighter)
                .highlighter("snippet", this::snippetHighlighter)
                .fetchHits(MEMBERS_SHOWN);
        Map<Long, MemberOrganisation> visible = byId(active, MemberOrganisation::getId);
        String code = preferred.networkLanguage().orElse(NetworkLanguage.ENGLISH).code();
        return hits.stream()
                .filter(hit -> visible.containsKey(hit.key().id()))
                .map(hit -> {
                    MemberOrganisation organisation = visible.get(hit.key().id());
                    boolean current = hit.key().version() != null && hit.key().version() == organisation.getVersion();
                    ProfileInLanguage shown = organisation.profileIn(code);
                    OrganisationProfile profile = shown.profile();
                    boolean ownName = !shown.fellBack();
                    boolean ownDescription = ownName && organisation.translation(code)
                            .map(t -> t.getShortDescription() != null && !t.getShortDescription().isBlank()).orElse(false);
                    return new MemberHit(organisation, profile, shown.language(),
                            marked(current, ownName ? hit.translatedName() : hit.name(), profile::getName),
                            marked(current, ownDescription ? hit.translatedSnippet() : hit.snippet(),
                                    () -> profile.getShortDescription() != null ? profile.getShortDescription()
                                            : markdown.toPlainText(profile.getLongDescription(), SNIPPET_LENGTH)));
                })
                .toList();
    }

    /** Where the index found an organisation's words: in the English profile, and in its translation into the site's language. */
    private record MemberMarks(Key key, List<String> name, List<String> snippet, List<String> translatedName,
                               List<String> translatedSnippet) {
        @SuppressWarnings("unchecked")
        static MemberMarks of(List<?> values) {
            return new MemberMarks((Key) values.get(0), (List<String>) values.get(1), (List<String>) values.get(2),
                    (List<String>) values.get(3), (List<String>) values.get(4));
        }
    }

    private static <T> Map<Long, T> byId(Collection<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /**
     * HTML for a title or snippet: the highlighter's fragment (HTML-escaped by its encoder, only our mark tags
     * added; Markdown markup taken out) when the index is current for the row, else the database's text escaped.
     * The highlighters never return unmatched text (no "no match size"), which would bypass the encoder.
     */
    private static String marked(boolean current, List<String> fragments, Supplier<String> databaseText) {
        String fragment = current ? fragments.stream().filter(Objects::nonNull).findFirst().orElse(null) : null;
        if (fragment == null || fragment.isBlank()) {
            String text = databaseText.get(); // rendering a body to plain text costs more than the rest: only when shown
            return text == null ? "" : HtmlUtils.htmlEscape(text);
        }
        String withoutLinks = MARKDOWN_LINK_TARGET.matcher(fragment).replaceAll("");
        return MARKDOWN_MARKUP.matcher(withoutLinks).replaceAll("");
    }
}
