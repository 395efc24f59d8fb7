package org.lastrada.portal.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.search.util.common.SearchException;
import org.lastrada.portal.shared.content.MarkdownRenderer;
import org.lastrada.portal.shared.content.ProfileHtml;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.shared.organisations.ProfileInLanguage;
import org.lastrada.portal.shared.pages.PageInLanguage;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.posts.PublicEventTimes;
import org.lastrada.portal.shared.posts.PublicTranslationLink;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** The public site: home, member directory and pages, news and posts, network pages. Server-rendered, session-free. */
@Controller
class PublicSiteController {

    static final int PAGE_SIZE = 20;
    static final int SEARCH_PAGE_SIZE = 10;
    static final int MAX_SEARCH_PAGE = 100;
    /** Upcoming events on the home page and on a member's page. */
    static final int HOME_EVENTS = 3;
    static final int MEMBER_EVENTS = 5;

    private final PublicCatalogue catalogue;
    private final MarkdownRenderer markdown;
    private final ProfileHtml profileHtml;
    private final PublicSearch search;
    private final SiteFormat format;

    PublicSiteController(PublicCatalogue catalogue, MarkdownRenderer markdown, ProfileHtml profileHtml, PublicSearch search,
                         SiteFormat format) {
        this.catalogue = catalogue;
        this.format = format;
        this.markdown = markdown;
        this.profileHtml = profileHtml;
        this.search = search;
    }

    /** The home page, "/": mapped by {@link HomePageMapping}, since Vaadin's client also talks to the workspace at "/". */
    String home(Model model, HttpServletRequest request, HttpServletResponse response) {
        cacheable(response);
        if (SiteLanguage.of(request).isEnglish()) {
            // The network's own address may suggest the visitor's language; the page then varies with what they ask for.
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
            SiteLanguage.suggested(request).ifPresent(language -> model.addAttribute("suggestion",
                    new LanguageSuggestion(language, language.pathPrefix() + "/", format.textIn(language, "site.home.in-your-language"))));
        }
        NetworkLanguage language = SiteLanguage.of(request);
        // The introduction the secretariat wrote for the home page; before there is one, the About page's first paragraph.
        Optional<PageInLanguage> introduction = catalogue.introduction().map(page -> page.inLanguage(language.code()));
        Optional<PageInLanguage> intro = introduction.or(() -> catalogue.page("about").map(page -> page.inLanguage(language.code())));
        model.addAttribute("intro", intro.map(shown -> markdown.toSafeHtml(introduction.isPresent() ? shown.body() : firstParagraph(shown.body())))
                .orElse(""));
        model.addAttribute("introLanguage", intro.filter(PageInLanguage::fellBack).map(PageInLanguage::language).orElse(null));
        model.addAttribute("posts", catalogue.inLanguage(catalogue.latest(PublicCatalogue.NewsFilter.NONE, 6), language));
        model.addAttribute("events", catalogue.upcomingEvents(PublicCatalogue.EventFilter.NONE, HOME_EVENTS, language));
        model.addAttribute("members", catalogue.members(null, null, null));
        model.addAttribute("pages", catalogue.pages());
        return "site/home";
    }

    /** The home page in another language: "/pl/" ("/pl" leads there). */
    @GetMapping(SiteLanguage.PREFIX + "/")
    String homeInLanguage(Model model, HttpServletRequest request, HttpServletResponse response) {
        return home(model, request, response);
    }

    @GetMapping(SiteLanguage.PREFIX)
    String homeWithoutSlash(@PathVariable String language) {
        return "redirect:/" + language + "/";
    }

    @GetMapping({"/members", SiteLanguage.PREFIX + "/members"})
    String members(@RequestParam(required = false) String country, @RequestParam(required = false) String service,
                   @RequestParam(required = false) String q, Model model, HttpServletResponse response) {
        cacheable(response);
        ServiceArea serviceArea = service == null || service.isBlank() ? null : ServiceArea.fromCode(service)
                .orElseThrow(() -> PublicRefusal.badRequest("site.error.unknown-service", service,
                        String.join(", ", Arrays.stream(ServiceArea.values()).map(ServiceArea::code).toList())));
        String countryCode = NewsQuery.countryCode(country);
        String text = q == null ? null : q.strip().length() > 100 ? q.strip().substring(0, 100) : q.strip();
        model.addAttribute("members", catalogue.members(countryCode, serviceArea, text));
        model.addAttribute("countries", format.named(catalogue.countries().keySet(), true));
        model.addAttribute("services", Arrays.stream(ServiceArea.values())
                .collect(Collectors.toMap(ServiceArea::code, area -> format.text(area.messageKey()), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("country", countryCode);
        model.addAttribute("service", serviceArea == null ? null : serviceArea.code());
        model.addAttribute("q", text);
        model.addAttribute("pages", catalogue.pages());
        return "site/members";
    }

    @GetMapping({"/members/{slug}", SiteLanguage.PREFIX + "/members/{slug}"})
    String member(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
        cacheable(response);
        NetworkLanguage language = SiteLanguage.of(request);
        MemberOrganisation organisation = catalogue.member(slug).orElseThrow(() -> PublicRefusal.notFound("site.error.no-member"));
        String logo = organisation.getProfile().getLogo() == null ? null : "/uploads/logos/" + organisation.getProfile().getLogo();
        ProfileInLanguage profile = organisation.profileIn(language.code());
        model.addAttribute("organisation", organisation);
        model.addAttribute("profileInLanguage", profile);
        model.addAttribute("profile", profileHtml.render(profile.profile(), organisation.getCountryCode(), logo, SiteFormat.locale()));
        if (logo != null) {
            model.addAttribute("shareImage", ServletUriComponentsBuilder.fromCurrentContextPath().path(logo).build().toUriString());
        }
        model.addAttribute("events", catalogue.upcomingEvents(PublicCatalogue.EventFilter.of(organisation),
                MEMBER_EVENTS, language));
        model.addAttribute("posts", catalogue.inLanguage(
                catalogue.latest(new PublicCatalogue.NewsFilter(null, organisation.getSlug(), null, null, null), 10), language));
        model.addAttribute("pages", catalogue.pages());
        return "site/member";
    }

    @GetMapping({"/news", SiteLanguage.PREFIX + "/news"})
    String news(@RequestParam(required = false) String type, @RequestParam(required = false) String organisation,
                @RequestParam(required = false) String country, @RequestParam(required = false) String language,
                @RequestParam(required = false) String tag, @RequestParam(defaultValue = "1") String page,
                @RequestParam(required = false) String before, @RequestParam(required = false) String after, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        String prefix = SiteLanguage.of(request).pathPrefix();
        cacheable(response);
        PublicCatalogue.NewsFilter filter = NewsQuery.filter(type, organisation, country, language, tag);
        PublicCatalogue.NewsPage posts = catalogue.news(filter, NewsQuery.position(page, before, after), PAGE_SIZE);
        model.addAttribute("posts", posts);
        model.addAttribute("entries", catalogue.inLanguage(posts.posts(), SiteLanguage.of(request)));
        model.addAttribute("filter", filter);
        model.addAttribute("types", Arrays.stream(PostType.values())
                .collect(Collectors.toMap(t -> t.name().toLowerCase(Locale.ROOT), t -> format.text(t.messageKey()), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("type", filter.type() == null ? null : filter.type().name().toLowerCase(Locale.ROOT));
        model.addAttribute("organisations", catalogue.memberNames());
        model.addAttribute("countries", format.named(catalogue.countries().keySet(), true));
        model.addAttribute("languages", format.named(catalogue.languages(), false));
        if (posts.hasNewer()) {
            // Page 1 is the list's own address; the others start next to the post shown first or last here.
            model.addAttribute("newerLink", posts.number() == 2 ? newsLink(prefix, filter, 1, null, null)
                    : newsLink(prefix, filter, posts.number() - 1, "after", posts.newerKey()));
        }
        if (posts.hasOlder()) {
            model.addAttribute("olderLink", newsLink(prefix, filter, posts.number() + 1, "before", posts.olderKey()));
        }
        model.addAttribute("pages", catalogue.pages());
        return "site/news";
    }

    @GetMapping({"/news/{slug}", SiteLanguage.PREFIX + "/news/{slug}"})
    String post(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
        cacheable(response);
        Post post = catalogue.post(slug).orElseThrow(() -> PublicRefusal.notFound("site.error.no-post"));
        model.addAttribute("post", post);
        List<PublicTranslationLink> translations = catalogue.translationsOf(post);
        model.addAttribute("translations", translations);
        if (!translations.isEmpty()) {
            // The switcher and the alternates lead to the post's translation in a language where there is one.
            Map<String, String> slugs = translations.stream().collect(Collectors.toMap(PublicTranslationLink::language,
                    PublicTranslationLink::slug, (a, b) -> a));
            model.addAttribute("site", PublicSiteAdvice.versions(request,
                    language -> "/news/" + slugs.getOrDefault(language.code(), post.getSlug())));
        }
        model.addAttribute("body", markdown.toSafeHtml(post.getContent().getBody()));
        ShownImage featured = catalogue.image(post.getContent().getFeaturedImage());
        if (featured != null) {
            // Shown above the text, and what a link to the post shows where it is shared.
            model.addAttribute("featured", featured);
            model.addAttribute("shareImage", ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path(featured.src(ShareImage.WIDTH)).build().toUriString());
            model.addAttribute("shareImageSize", new ShareImage(featured.width(ShareImage.WIDTH), featured.height(ShareImage.WIDTH),
                    featured.alt()));
        }
        if (post.getSource() != null) {
            // Taken from the member's own website: the post links the original, which is its canonical page when it is on
            // the site the feed came from (a link elsewhere is shown, never handed the portal's canonical).
            if (post.getSource().isCanonical()) {
                model.addAttribute("canonical", post.getSource().getUrl());
            }
            model.addAttribute("sourceLink", "<a href=\"" + HtmlUtils.htmlEscape(post.getSource().getUrl()) + "\" rel=\"external noopener\">"
                    + HtmlUtils.htmlEscape(post.getSource().getSite()) + "</a>");
        }
        model.addAttribute("description", post.getContent().getSummary() != null ? post.getContent().getSummary()
                : markdown.toPlainText(post.getContent().getBody(), 200));
        model.addAttribute("pages", catalogue.pages());
        if (post.getContent().getEventStart() != null) {
            PublicEventTimes times = PublicEventTimes.of(post);
            model.addAttribute("event", times);
            model.addAttribute("eventWhen", format.eventWhen(times));
        }
        return "site/post";
    }

    /** "/about" has no page of its own: it opens the first of the network's pages. */
    /**
     * "Need help?": each member organisation's national helpline (a tel: link) and how else to reach it, for a person in
     * need who reaches the network's site instead of a member's; linked from every page's header.
     */
    @GetMapping({"/help", SiteLanguage.PREFIX + "/help"})
    String help(Model model, HttpServletResponse response) {
        cacheable(response);
        model.addAttribute("members", catalogue.members(null, null, null).stream().filter(member -> !member.isSecretariat()).toList());
        model.addAttribute("pages", catalogue.pages());
        return "site/help";
    }

    @GetMapping({"/about", SiteLanguage.PREFIX + "/about"})
    String about(HttpServletRequest request) {
        return "redirect:" + SiteLanguage.of(request).pathPrefix() + "/about/" + catalogue.pages().stream().findFirst().orElseThrow(() -> PublicRefusal.notFound("site.error.no-page")).getSlug();
    }

    @GetMapping({"/about/{slug}", SiteLanguage.PREFIX + "/about/{slug}"})
    String page(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
        cacheable(response);
        PageInLanguage page = catalogue.page(slug).orElseThrow(() -> PublicRefusal.notFound("site.error.no-page"))
                .inLanguage(SiteLanguage.of(request).code());
        // Shown in English, and said so, where the page has no translation yet.
        model.addAttribute("pageLanguage", page.fellBack() ? page.language() : null);
        model.addAttribute("page", page);
        model.addAttribute("body", markdown.toSafeHtml(page.body()));
        // Its opening words, not its title again: a search engine shows them under the title.
        model.addAttribute("description", markdown.toPlainText(firstParagraph(page.body().lines()
                .filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"))), 200));
        model.addAttribute("pages", catalogue.pages());
        return "site/page";
    }

    @GetMapping({"/search", SiteLanguage.PREFIX + "/search"})
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") String page, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        cacheable(response);
        String query = PublicSearch.normalise(q);
        if (query != null && query.length() > PublicSearch.MAX_QUERY_LENGTH) {
            throw PublicRefusal.badRequest("site.error.search-too-long", PublicSearch.MAX_QUERY_LENGTH);
        }
        int pageNumber = NewsQuery.page(page);
        if (pageNumber > MAX_SEARCH_PAGE) {
            throw PublicRefusal.badRequest("site.error.search-too-deep", MAX_SEARCH_PAGE);
        }
        model.addAttribute("q", query);
        // A page of results is not a page a search engine should keep; the empty search form is.
        model.addAttribute("noindex", query != null);
        try {
            model.addAttribute("results", query == null ? null : search.search(query, pageNumber, SEARCH_PAGE_SIZE, SiteLanguage.of(request)));
        } catch (SearchException notUnderstood) {
            // The query syntax is limited to what the engine accepts; should anything else slip through, the visitor
            // is told, never shown a server error.
            throw PublicRefusal.badRequest("site.error.search-not-understood");
        }
        model.addAttribute("pages", catalogue.pages());
        return "site/search";
    }

    /** The English home page's offer of the same page in the language the visitor's browser asks for, in that language. */
    record LanguageSuggestion(NetworkLanguage language, String href, String text) {
    }

    /** The address of a page of the news list: the filters in use, the page's number and the post it starts next to. */
    private static String newsLink(String prefix, PublicCatalogue.NewsFilter filter, int page, String side, String key) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(prefix + "/news")
                .queryParamIfPresent("type", Optional.ofNullable(filter.type()).map(t -> t.name().toLowerCase(Locale.ROOT)))
                .queryParamIfPresent("organisation", Optional.ofNullable(filter.organisation()))
                .queryParamIfPresent("country", Optional.ofNullable(filter.country()))
                .queryParamIfPresent("language", Optional.ofNullable(filter.language()))
                .queryParamIfPresent("tag", Optional.ofNullable(filter.tag()));
        if (page > 1) {
            link.queryParam("page", page).queryParam(side, key);
        }
        return link.encode().build().toUriString();
    }

    /** Public pages may be cached by browsers and proxies for a minute and revalidated with their ETag. */
    static void cacheable(HttpServletResponse response) {
        response.setHeader("Cache-Control", "public, max-age=60");
    }

    private static String firstParagraph(String markdownText) {
        if (markdownText == null) {
            return "";
        }
        return markdownText.strip().split("\\R\\s*\\R", 2)[0];
    }


    /** The size and alt text of a page's own share image (Open Graph, Twitter card); its largest variant at most. */
    record ShareImage(int width, int height, String alt) {
        static final int WIDTH = 1600;
    }
}
