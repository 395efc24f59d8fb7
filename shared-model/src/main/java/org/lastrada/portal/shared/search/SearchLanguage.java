package org.lastrada.portal.shared.search;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lastrada.portal.shared.i18n.NetworkLanguage;

/**
 * The languages search analyses text in: each network language, and {@link #OTHER} for a text in any other language.
 * A text is indexed in its language's fields ({@link #field}), analysed with that language's analyser, so a query is
 * matched against every language's fields, each time analysed as that language.
 */
public enum SearchLanguage {
    ENGLISH(NetworkLanguage.ENGLISH, SearchAnalysis.ENGLISH),
    BELARUSIAN(NetworkLanguage.BELARUSIAN, SearchAnalysis.FOLDING),
    BULGARIAN(NetworkLanguage.BULGARIAN, SearchAnalysis.BULGARIAN),
    CZECH(NetworkLanguage.CZECH, SearchAnalysis.CZECH),
    MACEDONIAN(NetworkLanguage.MACEDONIAN, SearchAnalysis.FOLDING),
    ROMANIAN(NetworkLanguage.ROMANIAN, SearchAnalysis.ROMANIAN),
    RUSSIAN(NetworkLanguage.RUSSIAN, SearchAnalysis.RUSSIAN),
    DUTCH(NetworkLanguage.DUTCH, SearchAnalysis.DUTCH),
    POLISH(NetworkLanguage.POLISH, SearchAnalysis.POLISH),
    UKRAINIAN(NetworkLanguage.UKRAINIAN, SearchAnalysis.UKRAINIAN),
    /** Any language that is not a network language: words are only lower-cased and folded, never stemmed. */
    OTHER(null, SearchAnalysis.FOLDING);

    private static final Map<NetworkLanguage, SearchLanguage> BY_NETWORK_LANGUAGE = Arrays.stream(values())
            .filter(language -> language.networkLanguage != null)
            .collect(Collectors.toUnmodifiableMap(language -> language.networkLanguage, Function.identity()));

    private final NetworkLanguage networkLanguage;
    private final String analyzer;

    SearchLanguage(NetworkLanguage networkLanguage, String analyzer) {
        this.networkLanguage = networkLanguage;
        this.analyzer = analyzer;
    }

    /** The language of a text by its ISO 639-1 code ("pl"); {@link #OTHER} for any other code or none. */
    public static SearchLanguage ofCode(String code) {
        return NetworkLanguage.fromCode(code).map(SearchLanguage::of).orElse(OTHER);
    }

    public static SearchLanguage of(NetworkLanguage language) {
        return BY_NETWORK_LANGUAGE.get(language);
    }

    /** The network language, empty for {@link #OTHER}. */
    public Optional<NetworkLanguage> networkLanguage() {
        return Optional.ofNullable(networkLanguage);
    }

    /** The name of the analyser (SearchAnalysis) of this language's fields. */
    public String analyzer() {
        return analyzer;
    }

    /** The index field holding a property's text in this language: "title_pl", "text_other". */
    public String field(String property) {
        return property + "_" + (networkLanguage == null ? "other" : networkLanguage.code());
    }
}
