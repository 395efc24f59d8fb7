package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.posts.PublicPostCard;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pseudo-locale test of the public site: every message of the bundles comes out as ⟦…⟧, every page type is
 * rendered, and any visible text (or label, placeholder, alternative text) that is neither a message nor the
 * network's content (names, titles, dates, numbers) is a string still written into a template or the Java code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(HardCodedTextIT.PseudoLocale.class)
class HardCodedTextIT {

    /** Containers of the content itself: Markdown bodies, profile descriptions, search snippets. */
    private static final String CONTENT = "article > div:not(.tags), .organisation-description, .intro > div, main > div, "
            + ".results p:not(.meta), .results h3, .tag-list";
    /**
     * Dates as each language writes them ("2 December 2026", "2. prosince 2026", "2 грудня 2026 р."), and numbers. Any
     * horizontal space between their parts: JDK 25's locale data (CLDR 47) puts a narrow no-break space before "р.".
     */
    private static final Pattern DATE_OR_NUMBER = Pattern.compile("\\d{1,2}\\.?\\h\\p{L}+\\h\\d{4}(\\h\\p{L}{1,2}\\.)?(,\\h\\d{2}:\\d{2})?|\\d[\\d,.:]*");
    /** An element whose whole text is one message (a message with markup of its own, such as the search help). */
    private static final Pattern ONE_MESSAGE = Pattern.compile("⟦[^⟦⟧]*⟧");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @LocalServerPort int port;
    @Autowired PublicCatalogue catalogue;
    @Autowired SiteFormat format;

    @TestConfiguration
    static class PseudoLocale {
        /** Wraps the portal's message source: each message marked, so what is not marked was not a message. */
        @Bean
        static BeanPostProcessor pseudoMessages() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!"messageSource".equals(name) || !(bean instanceof MessageSource messages)) {
                        return bean;
                    }
                    return new MessageSource() {
                        @Override
                        public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
                            String message = messages.getMessage(code, args, defaultMessage, locale);
                            return message == null ? null : "⟦" + message + "⟧";
                        }

                        @Override
                        public String getMessage(String code, Object[] args, Locale locale) {
                            return "⟦" + messages.getMessage(code, args, locale) + "⟧";
                        }

                        @Override
                        public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
                            return "⟦" + messages.getMessage(resolvable, locale) + "⟧";
                        }
                    };
                }
            };
        }
    }

    @Test
    void everyTextOfEveryPageTypeComesFromTheBundlesOrTheContent() {
        MemberOrganisation member = catalogue.members(null, null, null).get(0);
        List<PublicPostCard> posts = catalogue.latest(PublicCatalogue.NewsFilter.NONE, 20);
        List<String> problems = new ArrayList<>();
        Set<String> content = content(posts);
        List<String> paths = new ArrayList<>(List.of("/", "/members", "/members/" + member.getSlug(), "/news", "/news?type=event",
                "/about/" + catalogue.pages().get(0).getSlug(), "/search", "/search?q=trafficking", "/search?q=zzzqqqxxx",
                "/nothing-here", "/news?page=x", "/pl/", "/uk/news", "/events", "/events/past", "/pl/events", "/publications", "/uk/publications", "/help", "/ru/help"));
        posts.stream().limit(5).forEach(post -> paths.add("/news/" + post.slug()));
        for (String path : paths) {
            Document page = Jsoup.parse(get(path));
            page.select(CONTENT).remove();
            page.body().select("*").stream().filter(element -> ONE_MESSAGE.matcher(element.text()).matches()).toList()
                    .forEach(Element::remove);
            for (TextNode text : textNodes(page)) {
                check(path, "text", text.text(), content, problems);
            }
            for (Element element : page.select("[aria-label], [placeholder], [alt], meta[name=description]")) {
                Stream.of("aria-label", "placeholder", "alt").filter(element::hasAttr)
                        .forEach(attribute -> check(path, attribute, element.attr(attribute), content, problems));
            }
        }
        assertThat(problems).as("texts not from the message bundles").isEmpty();
    }

    private static List<TextNode> textNodes(Document page) {
        List<TextNode> texts = new ArrayList<>();
        page.getAllElements().forEach(element -> {
            if (!element.tagName().equals("script") && !element.tagName().equals("style")) {
                texts.addAll(element.textNodes());
            }
        });
        return texts;
    }

    private static void check(String path, String where, String text, Set<String> content, List<String> problems) {
        String rest = text.replaceAll("⟦[^⟧]*⟧", " ");
        for (String known : content) {
            rest = rest.replace(known, " ");
        }
        rest = DATE_OR_NUMBER.matcher(rest).replaceAll(" ");
        if (LETTER.matcher(rest).find()) {
            problems.add(path + " (" + where + "): " + text.strip());
        }
    }

    /** What the network's content and the locale's data may put on a page: longest first, so names go before their parts. */
    private Set<String> content(List<PublicPostCard> posts) {
        Set<String> known = new TreeSet<>(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (MemberOrganisation member : catalogue.members(null, null, null)) {
            Stream.of(member.getName(), member.getProfile().getCity(), member.getProfile().getShortDescription(),
                    member.getProfile().getPublicEmail(), member.getProfile().getWebsite(), member.getProfile().getPhone(),
                    member.getProfile().getHelpline(), member.getSlug(), member.getCountryCode())
                    .filter(value -> value != null && !value.isBlank()).forEach(known::add);
            member.getProfile().getTargetGroups().forEach(known::add);
            member.getProfile().getLanguages().forEach(code -> known.addAll(languageNames(code)));
            for (NetworkLanguage language : NetworkLanguage.values()) {
                known.add(new Locale("", member.getCountryCode()).getDisplayCountry(language.locale()));
            }
        }
        for (PublicPostCard post : posts) {
            Stream.of(post.title(), post.summary(), post.organisationName())
                    .filter(value -> value != null && !value.isBlank()).forEach(known::add);
            known.addAll(languageNames(post.language()));
        }
        catalogue.latest(PublicCatalogue.NewsFilter.NONE, 200).forEach(post -> {
            // A featured image's alt text is its library's description: content, as the post's title is.
            ShownImage image = catalogue.image(post.featuredImage());
            if (image != null && !image.alt().isEmpty()) {
                known.add(image.alt());
            }
            known.add(post.title());
            if (post.summary() != null) {
                known.add(post.summary());
            }
        });
        catalogue.pages().forEach(page -> known.add(page.getTitle()));
        // And the same content in every language it is translated into: pages, profiles, posts' translations.
        List<PublicPostCard> listed = catalogue.latest(PublicCatalogue.NewsFilter.NONE, 200);
        for (NetworkLanguage language : NetworkLanguage.values()) {
            catalogue.pages().forEach(page -> known.add(page.inLanguage(language.code()).title()));
            for (MemberOrganisation member : catalogue.members(null, null, null)) {
                var profile = member.profileIn(language.code()).profile();
                Stream.of(profile.getName(), profile.getCity(), profile.getShortDescription())
                        .filter(value -> value != null && !value.isBlank()).forEach(known::add);
            }
            catalogue.inLanguage(listed, language).forEach(entry -> {
                known.add(entry.shown().title());
                if (entry.shown().summary() != null) {
                    known.add(entry.shown().summary());
                }
            });
        }
        // Events: when (the locale's dates and zone names) and where they take place, as each language writes them.
        for (NetworkLanguage language : NetworkLanguage.values()) {
            LocaleContextHolder.setLocale(language.locale());
            try {
                List<PublicCatalogue.PublicEvent> events = new ArrayList<>(catalogue.upcomingEvents(PublicCatalogue.EventFilter.NONE, 100, language));
                events.addAll(catalogue.pastEvents(PublicCatalogue.EventFilter.NONE, 1, 100, language).events());
                for (PublicCatalogue.PublicEvent event : events) {
                    known.add(format.eventWhen(event.times()));
                    known.add(event.entry().shown().title());
                    if (event.times().location() != null) {
                        known.add(event.times().location());
                    }
                }
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        }
        catalogue.languages().forEach(code -> known.addAll(languageNames(code)));
        for (NetworkLanguage language : NetworkLanguage.values()) {
            known.add(language.nativeName());
        }
        known.add("trafficking");
        known.add("zzzqqqxxx");
        return known;
    }

    /** A language's name as each network language writes it, capitalised as the site shows it. */
    private static List<String> languageNames(String code) {
        return Stream.of(NetworkLanguage.values()).map(language -> Locale.forLanguageTag(code).getDisplayLanguage(language.locale()))
                .map(name -> name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1)).toList();
    }

    private String get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
