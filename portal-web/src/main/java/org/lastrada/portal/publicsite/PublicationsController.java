package org.lastrada.portal.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The network's library of publications, "/publications", in every language. */
@Controller
class PublicationsController {

    static final int PAGE_SIZE = 20;

    private final PublicationLibrary library;
    private final PublicCatalogue catalogue;
    private final SiteFormat format;

    PublicationsController(PublicationLibrary library, PublicCatalogue catalogue, SiteFormat format) {
        this.library = library;
        this.catalogue = catalogue;
        this.format = format;
    }

    @GetMapping({"/publications", SiteLanguage.PREFIX + "/publications"})
    String publications(@RequestParam(required = false) String organisation, @RequestParam(required = false) String language,
                        @RequestParam(required = false) String tag, @RequestParam(required = false) String year,
                        @RequestParam(defaultValue = "1") String page, Model model, HttpServletRequest request,
                        HttpServletResponse response) {
        PublicSiteController.cacheable(response);
        PublicationLibrary.Filter filter = NewsQuery.publicationFilter(organisation, language, tag, year);
        PublicationLibrary.Page shown = library.page(filter, NewsQuery.page(page), PAGE_SIZE);
        String path = SiteLanguage.of(request).pathPrefix() + "/publications";
        model.addAttribute("library", shown);
        model.addAttribute("filter", filter);
        if (shown.number() > 1) {
            model.addAttribute("newerLink", link(path, filter, shown.number() - 1));
        }
        if (shown.hasOlder()) {
            model.addAttribute("olderLink", link(path, filter, shown.number() + 1));
        }
        model.addAttribute("organisations", catalogue.memberNames());
        model.addAttribute("languages", format.named(catalogue.languages(), false));
        model.addAttribute("years", library.years());
        model.addAttribute("pages", catalogue.pages());
        return "site/publications";
    }

    private static String link(String path, PublicationLibrary.Filter filter, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        if (filter.organisation() != null) {
            link.queryParam("organisation", filter.organisation());
        }
        if (filter.language() != null) {
            link.queryParam("language", filter.language());
        }
        if (filter.tag() != null) {
            link.queryParam("tag", filter.tag());
        }
        if (filter.year() != null) {
            link.queryParam("year", filter.year());
        }
        if (page > 1) {
            link.queryParam("page", page);
        }
        return link.encode().build().toUriString();
    }
}
