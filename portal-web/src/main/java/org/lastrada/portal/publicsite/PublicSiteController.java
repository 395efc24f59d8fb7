package org.lastrada.portal.publicsite;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.search.util.common.SearchException;
import org.lastrada.portal.shared.content.MarkdownRenderer;
import org.lastrada.portal.shared.content.ProfileHtml;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** The public site: home, member directory and pages, news and posts, network pages. Server-rendered, session-free. */
@Controller
class PublicSiteController {

    static final int PAGE_SIZE = 20;
    static final int SEARCH_PAGE_SIZE = 10;
    static final int MAX_SEARCH_PAGE = 100;

    private final PublicCatalogue catalogue;
    private final MarkdownRenderer markdown;
    private final ProfileHtml profileHtml;
    private final PublicSearch search;

    PublicSiteController(PublicCatalogue catalogue, MarkdownRenderer markdown, ProfileHtml profileHtml, PublicSearch search) {
        this.catalogue = catalogue;
        this.markdown = markdown;
        this.profileHtml = profileHtml;
        this.search = search;
    }

    /** The home page, "/": mapped by {@link HomePageMapping}, since Vaadin's client also talks to the workspace at "/". */
    String home(Model model, HttpServletResponse response) {
        cacheable(response);
        NetworkPage about = catalogue.page("about").orElse(null);
        model.addAttribute("intro", about == null ? "" : markdown.toSafeHtml(firstParagraph(about.getBody())));
        model.addAttribute("posts", catalogue.latest(PublicCatalogue.NewsFilter.NONE, 6));
        model.addAttribute("members", catalogue.members(null, null, null));
        model.addAttribute("pages", catalogue.pages());
        return "site/home";
    }

    @GetMapping("/members")
    String members(@RequestParam(required = false) String country, @RequestParam(required = false) String service,
                   @RequestParam(required = false) String q, Model model, HttpServletResponse response) {
        cacheable(response);
        ServiceArea serviceArea = service == null || service.isBlank() ? null : ServiceArea.fromCode(service)
                .orElseThrow(() -> NewsQuery.badRequest("Unknown service '" + service + "'; use one of "
                        + String.join(", ", Arrays.stream(ServiceArea.values()).map(ServiceArea::code).toList()) + "."));
        String countryCode = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        String text = q == null ? null : q.strip().length() > 100 ? q.strip().substring(0, 100) : q.strip();
        model.addAttribute("members", catalogue.members(countryCode, serviceArea, text));
        model.addAttribute("countries", catalogue.countries());
        model.addAttribute("services", Arrays.stream(ServiceArea.values())
                .collect(Collectors.toMap(ServiceArea::code, ServiceArea::label, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("country", countryCode);
        model.addAttribute("service", serviceArea == null ? null : serviceArea.code());
        model.addAttribute("q", text);
        model.addAttribute("pages", catalogue.pages());
        return "site/members";
    }

    @GetMapping("/members/{slug}")
    String member(@PathVariable String slug, Model model, HttpServletResponse response) {
        cacheable(response);
        MemberOrganisation organisation = catalogue.member(slug).orElseThrow(() -> notFound("member organisation"));
        String logo = organisation.getProfile().getLogo() == null ? null : "/uploads/logos/" + organisation.getProfile().getLogo();
        model.addAttribute("organisation", organisation);
        model.addAttribute("profile", profileHtml.render(organisation.getProfile(), organisation.getCountryCode(), logo));
        if (logo != null) {
            model.addAttribute("shareImage", ServletUriComponentsBuilder.fromCurrentContextPath().path(logo).build().toUriString());
        }
        model.addAttribute("posts", catalogue.latest(new PublicCatalogue.NewsFilter(null, organisation.getSlug(), null, null, null), 10));
        model.addAttribute("pages", catalogue.pages());
        return "site/member";
    }

    @GetMapping("/news")
    String news(@RequestParam(required = false) String type, @RequestParam(required = false) String organisation,
                @RequestParam(required = false) String country, @RequestParam(required = false) String language,
                @RequestParam(required = false) String tag, @RequestParam(defaultValue = "1") String page,
                @RequestParam(required = false) String before, @RequestParam(required = false) String after, Model model,
                HttpServletResponse response) {
        cacheable(response);
        PublicCatalogue.NewsFilter filter = NewsQuery.filter(type, organisation, country, language, tag);
        PublicCatalogue.NewsPage posts = catalogue.news(filter, NewsQuery.position(page, before, after), PAGE_SIZE);
        model.addAttribute("posts", posts);
        model.addAttribute("filter", filter);
        model.addAttribute("types", Arrays.stream(PostType.values())
                .collect(Collectors.toMap(t -> t.name().toLowerCase(Locale.ROOT), PostType::label, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("type", filter.type() == null ? null : filter.type().name().toLowerCase(Locale.ROOT));
        model.addAttribute("organisations", catalogue.members(null, null, null).stream()
                .collect(Collectors.toMap(MemberOrganisation::getSlug, MemberOrganisation::getName, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("countries", catalogue.countries());
        model.addAttribute("languages", catalogue.languages().stream()
                .collect(Collectors.toMap(code -> code, code -> new Locale(code).getDisplayLanguage(Locale.ENGLISH), (a, b) -> a, LinkedHashMap::new)));
        if (posts.hasNewer()) {
            // Page 1 is the list's own address; the others start next to the post shown first or last here.
            model.addAttribute("newerLink", posts.number() == 2 ? newsLink(filter, 1, null, null)
                    : newsLink(filter, posts.number() - 1, "after", posts.newerKey()));
        }
        if (posts.hasOlder()) {
            model.addAttribute("olderLink", newsLink(filter, posts.number() + 1, "before", posts.olderKey()));
        }
        model.addAttribute("pages", catalogue.pages());
        return "site/news";
    }

    @GetMapping("/news/{slug}")
    String post(@PathVariable String slug, Model model, HttpServletResponse response) {
        cacheable(response);
        Post post = catalogue.post(slug).orElseThrow(() -> notFound("post"));
        model.addAttribute("post", post);
        // The site speaks English; a post in another language says so to search engines.
        model.addAttribute("hreflang", "en".equals(post.getContent().getLanguage()) ? null : post.getContent().getLanguage());
        model.addAttribute("body", markdown.toSafeHtml(post.getContent().getBody()));
        model.addAttribute("description", post.getContent().getSummary() != null ? post.getContent().getSummary()
                : markdown.toPlainText(post.getContent().getBody(), 200));
        model.addAttribute("pages", catalogue.pages());
        if (post.getContent().getEventStart() != null) {
            ZoneId zone = post.eventTimeZone();
            model.addAttribute("eventZone", zone.getId().replace('_', ' ') + " time (UTC"
                    + post.getContent().getEventStart().atZone(zone).getOffset().getId().replace("Z", "+00:00") + ")");
        }
        return "site/post";
    }

    /** "/about" has no page of its own: it opens the first of the network's pages. */
    @GetMapping("/about")
    String about() {
        return "redirect:/about/" + catalogue.pages().stream().findFirst().orElseThrow(() -> notFound("page")).getSlug();
    }

    @GetMapping("/about/{slug}")
    String page(@PathVariable String slug, Model model, HttpServletResponse response) {
        cacheable(response);
        NetworkPage page = catalogue.page(slug).orElseThrow(() -> notFound("page"));
        model.addAttribute("page", page);
        model.addAttribute("body", markdown.toSafeHtml(page.getBody()));
        // Its opening words, not its title again: a search engine shows them under the title.
        model.addAttribute("description", markdown.toPlainText(firstParagraph(page.getBody().lines()
                .filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"))), 200));
        model.addAttribute("pages", catalogue.pages());
        return "site/page";
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") String page, Model model,
                  HttpServletResponse response) {
        cacheable(response);
        String query = PublicSearch.normalise(q);
        if (query != null && query.length() > PublicSearch.MAX_QUERY_LENGTH) {
            throw NewsQuery.badRequest("A search may be at most " + PublicSearch.MAX_QUERY_LENGTH + " characters long.");
        }
        int pageNumber = NewsQuery.page(page);
        if (pageNumber > MAX_SEARCH_PAGE) {
            throw NewsQuery.badRequest("Search results go up to page " + MAX_SEARCH_PAGE + "; try more precise words.");
        }
        model.addAttribute("q", query);
        // A page of results is not a page a search engine should keep; the empty search form is.
        model.addAttribute("noindex", query != null);
        try {
            model.addAttribute("results", query == null ? null : search.search(query, pageNumber, SEARCH_PAGE_SIZE));
        } catch (SearchException notUnderstood) {
            // The query syntax is limited to what the engine accepts; should anything else slip through, the visitor
            // is told, never shown a server error.
            throw NewsQuery.badRequest("This search could not be understood; please use plain words, \"a phrase\" or -word.");
        }
        model.addAttribute("pages", catalogue.pages());
        return "site/search";
    }

    /** The address of a page of the news list: the filters in use, the page's number and the post it starts next to. */
    private static String newsLink(PublicCatalogue.NewsFilter filter, int page, String side, String key) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/news")
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

    private static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such " + what + ".");
    }

}
