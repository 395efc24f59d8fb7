package org.lastrada.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/**
 * Every bundle of every network language says everything the English one says, in that language: the same keys, the
 * same arguments, every plural form the language has, and words of its own (not the English left in place).
 */
class MessageBundlesTest {

    /** Values that are the same in every language on purpose: names. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("portal.name");
    /** Words a language writes exactly as English does (loanwords): language to keys. */
    private static final Map<NetworkLanguage, Set<String>> SAME_AS_ENGLISH = Map.of(
            NetworkLanguage.DUTCH, Set.of("profile.website", "event-kind.training", "event-kind.webinar", "site.file-size.mb", "site.nav.menu"),
            NetworkLanguage.ROMANIAN, Set.of("site.member.calendar", "event-kind.webinar", "site.file-size.kb", "site.file-size.mb"),
            NetworkLanguage.POLISH, Set.of("site.file-size.kb", "site.file-size.mb", "site.nav.menu"),
            NetworkLanguage.CZECH, Set.of("site.file-size.mb", "site.nav.menu"));
    private static final Set<NetworkLanguage> CYRILLIC = Set.of(NetworkLanguage.BELARUSIAN, NetworkLanguage.BULGARIAN,
            NetworkLanguage.MACEDONIAN, NetworkLanguage.RUSSIAN, NetworkLanguage.UKRAINIAN);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern CYRILLIC_LETTER = Pattern.compile("\\p{IsCyrillic}");

    @Test
    void everyLanguageHasEveryKeyWithTheSameArgumentsAndAllItsPluralForms() {
        List<String> problems = new ArrayList<>();
        for (String basename : basenames()) {
            Properties english = load(basename, NetworkLanguage.ENGLISH);
            problems.addAll(check(basename, NetworkLanguage.ENGLISH, english, english));
            for (NetworkLanguage language : NetworkLanguage.values()) {
                if (!language.isEnglish()) {
                    problems.addAll(check(basename, language, english, load(basename, language)));
                }
            }
        }
        assertThat(problems).as("problems in the message bundles").isEmpty();
    }

    @Test
    void pluralFormsFollowEachLanguagesRules() {
        MessageSource messages = PortalMessages.messageSource();
        assertThat(messages.getMessage("count.posts", new Object[] {1}, Locale.ENGLISH)).isEqualTo("1 post");
        assertThat(messages.getMessage("count.posts", new Object[] {1200}, Locale.ENGLISH)).isEqualTo("1,200 posts");
        assertThat(messages.getMessage("count.posts", new Object[] {3}, NetworkLanguage.POLISH.locale())).isEqualTo("3 wpisy");
        assertThat(messages.getMessage("count.posts", new Object[] {5}, NetworkLanguage.POLISH.locale())).isEqualTo("5 wpisów");
        assertThat(messages.getMessage("count.posts", new Object[] {22}, NetworkLanguage.UKRAINIAN.locale())).isEqualTo("22 дописи");
        assertThat(messages.getMessage("count.posts", new Object[] {11}, NetworkLanguage.RUSSIAN.locale())).isEqualTo("11 публикаций");
        // A language without a bundle of its own falls back to English, never to the machine's language.
        assertThat(messages.getMessage("post-type.news", null, Locale.GERMAN)).isEqualTo("News");
    }

    private static List<String> check(String basename, NetworkLanguage language, Properties english, Properties translated) {
        List<String> problems = new ArrayList<>();
        String file = basename + (language.isEnglish() ? "" : "_" + language.code()) + ".properties";
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        missing.forEach(key -> problems.add(file + ": missing " + key));
        extra.forEach(key -> problems.add(file + ": " + key + " is not in the English bundle"));
        for (String key : new TreeSet<>(translated.stringPropertyNames())) {
            String value = translated.getProperty(key);
            String original = english.getProperty(key);
            if (value.isBlank()) {
                problems.add(file + ": " + key + " is empty");
                continue;
            }
            MessagePattern pattern;
            try {
                pattern = new MessagePattern(value);
            } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
                problems.add(file + ": " + key + " is not a valid message format: " + malformed.getMessage());
                continue;
            }
            if (original == null) {
                continue;
            }
            if (!arguments(pattern).equals(arguments(new MessagePattern(original)))) {
                problems.add(file + ": " + key + " has arguments " + arguments(pattern) + ", English has "
                        + arguments(new MessagePattern(original)));
            }
            problems.addAll(missingPluralForms(file, key, pattern, language));
            if (!language.isEnglish() && !SAME_IN_EVERY_LANGUAGE.contains(key)
                    && !SAME_AS_ENGLISH.getOrDefault(language, Set.of()).contains(key)) {
                if (value.equals(original) && LETTER.matcher(value).find()) {
                    problems.add(file + ": " + key + " is the English text, not a translation");
                } else if (CYRILLIC.contains(language) && LETTER.matcher(value).find() && !CYRILLIC_LETTER.matcher(value).find()) {
                    problems.add(file + ": " + key + " has no Cyrillic letter: " + value);
                }
            }
        }
        return problems;
    }

    /** The names or numbers of a message's arguments. */
    private static Set<String> arguments(MessagePattern pattern) {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME || part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                names.add(pattern.getSubstring(part));
            }
        }
        return names;
    }

    /** Each plural argument names every form the language uses for whole numbers (Polish: one, few, many), and other. */
    private static List<String> missingPluralForms(String file, String key, MessagePattern pattern, NetworkLanguage language) {
        PluralRules rules = PluralRules.forLocale(language.locale());
        Set<String> needed = new TreeSet<>(Set.of("other"));
        for (String keyword : rules.getKeywords()) {
            if (!rules.getSamples(keyword, PluralRules.SampleType.INTEGER).isEmpty()) {
                needed.add(keyword);
            }
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part start = pattern.getPart(i);
            if (start.getType() != MessagePattern.Part.Type.ARG_START || start.getArgType() != MessagePattern.ArgType.PLURAL) {
                continue;
            }
            Set<String> given = new TreeSet<>();
            int depth = 0;
            for (int j = i + 1; j < pattern.getLimitPartIndex(i); j++) {
                MessagePattern.Part part = pattern.getPart(j);
                switch (part.getType()) {
                    case MSG_START -> depth++;
                    case MSG_LIMIT -> depth--;
                    case ARG_SELECTOR -> {
                        if (depth == 0) {
                            given.add(pattern.getSubstring(part));
                        }
                    }
                    default -> { }
                }
            }
            Set<String> absent = new TreeSet<>(needed);
            absent.removeAll(given);
            if (!absent.isEmpty()) {
                problems.add(file + ": " + key + " lacks the plural forms " + absent);
            }
        }
        return problems;
    }

    private static List<String> basenames() {
        return Arrays.stream(PortalMessages.BASENAMES).map(name -> name.substring("classpath:".length())).toList();
    }

    private static Properties load(String basename, NetworkLanguage language) {
        String resource = basename + (language.isEnglish() ? "" : "_" + language.code()) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
