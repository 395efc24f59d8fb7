package org.lastrada.portal.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.posts.EventKind;
import org.lastrada.portal.shared.posts.PublicEventTimes;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The network's events: those going on and to come (filtered by organisation or country), those that are over, one
 * event as an iCalendar file to add to a calendar, and the upcoming events as calendars to subscribe to (the network's,
 * a member's). Server-rendered and session-free like the rest of the public site; every page in every language.
 */
@Controller
class EventsController {

    /** The most events the upcoming list shows (a network's year ahead). */
    static final int UPCOMING_SHOWN = 100;
    /** Events in a calendar to subscribe to. */
    static final int CALENDAR_EVENTS = 200;
    static final int PAST_PAGE_SIZE = 20;
    private static final String CALENDAR = "text/calendar;charset=UTF-8";

    private final PublicCatalogue catalogue;
    private final SiteFormat format;
    private final EventCalendar calendar;

    EventsController(PublicCatalogue catalogue, SiteFormat format, EventCalendar calendar) {
        this.catalogue = catalogue;
        this.format = format;
        this.calendar = calendar;
    }

    @GetMapping({"/events", SiteLanguage.PREFIX + "/events"})
    String upcoming(@RequestParam(required = false) String organisation, @RequestParam(required = false) String country,
                    @RequestParam(required = false) String kind, Model model, HttpServletRequest request, HttpServletResponse response) {
        PublicSiteController.cacheable(response);
        PublicCatalogue.EventFilter filter = NewsQuery.eventFilter(organisation, country, kind);
        model.addAttribute("events", catalogue.upcomingEvents(filter, UPCOMING_SHOWN, SiteLanguage.of(request)));
        model.addAttribute("calendarLink", filtered(SiteLanguage.of(request).pathPrefix() + "/feeds/events.ics", filter));
        model.addAttribute("pastLink", filtered(SiteLanguage.of(request).pathPrefix() + "/events/past", filter));
        filters(model, filter);
        return "site/events";
    }

    @GetMapping({"/events/past", SiteLanguage.PREFIX + "/events/past"})
    String past(@RequestParam(required = false) String organisation, @RequestParam(required = false) String country,
                @RequestParam(required = false) String kind, @RequestParam(defaultValue = "1") String page, Model model, HttpServletRequest request, HttpServletResponse response) {
        PublicSiteController.cacheable(response);
        PublicCatalogue.EventFilter filter = NewsQuery.eventFilter(organisation, country, kind);
        PublicCatalogue.PastEvents past = catalogue.pastEvents(filter, NewsQuery.page(page), PAST_PAGE_SIZE, SiteLanguage.of(request));
        String prefix = SiteLanguage.of(request).pathPrefix();
        model.addAttribute("past", past);
        if (past.number() > 1) {
            model.addAttribute("newerLink", pageLink(prefix, filter, past.number() - 1));
        }
        if (past.hasOlder()) {
            model.addAttribute("olderLink", pageLink(prefix, filter, past.number() + 1));
        }
        model.addAttribute("upcomingLink", filtered(prefix + "/events", filter));
        filters(model, filter);
        return "site/events-past";
    }

    /** One event as an iCalendar file: its original's times, its own title and text (a translation's in its language). */
    @GetMapping(value = "/events/{slug}.ics", produces = CALENDAR)
    @ResponseBody
    byte[] event(@PathVariable String slug, HttpServletResponse response) {
        PublicSiteController.cacheable(response);
        Post post = catalogue.post(slug).filter(found -> found.getType() == PostType.EVENT && found.getContent().getEventStart() != null)
                .orElseThrow(() -> PublicRefusal.notFound("site.error.no-event"));
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(post.getSlug() + ".ics").build().toString());
        PublicEventTimes times = PublicEventTimes.of(post);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        NetworkLanguage language = NetworkLanguage.fromCode(post.getContent().getLanguage()).orElse(NetworkLanguage.ENGLISH);
        return calendar.write(post.getTitle(), List.of(new EventCalendar.Entry(times, post.getTitle(), post.getContent().getSummary(),
                base + language.pathPrefix() + "/news/" + post.getSlug(), post.getPublishedAt())));
    }

    /** The network's upcoming events (of one organisation or country when asked), in the address's language. */
    @GetMapping(value = {"/feeds/events.ics", SiteLanguage.PREFIX + "/feeds/events.ics"}, produces = CALENDAR)
    @ResponseBody
    byte[] networkCalendar(@RequestParam(required = false) String organisation, @RequestParam(required = false) String country,
                           @RequestParam(required = false) String kind, HttpServletRequest request, HttpServletResponse response) {
        return upcomingCalendar(format.text("site.events.calendar"), NewsQuery.eventFilter(organisation, country, kind), request, response);
    }

    @GetMapping(value = {"/feeds/members/{slug}.ics", SiteLanguage.PREFIX + "/feeds/members/{slug}.ics"}, produces = CALENDAR)
    @ResponseBody
    byte[] memberCalendar(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        MemberOrganisation organisation = catalogue.member(slug).orElseThrow(() -> PublicRefusal.notFound("site.error.no-member"));
        return upcomingCalendar(format.text("site.events.member-calendar", organisation.getName()),
                PublicCatalogue.EventFilter.of(organisation), request, response);
    }

    private byte[] upcomingCalendar(String name, PublicCatalogue.EventFilter filter, HttpServletRequest request,
                                    HttpServletResponse response) {
        PublicSiteController.cacheable(response);
        NetworkLanguage language = SiteLanguage.of(request);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        List<EventCalendar.Entry> entries = catalogue.upcomingEvents(filter, CALENDAR_EVENTS, language).stream()
                .map(event -> {
                    var shown = event.entry().shown();
                    String address = base + NetworkLanguage.fromCode(shown.language()).orElse(NetworkLanguage.ENGLISH).pathPrefix()
                            + "/news/" + shown.slug();
                    return new EventCalendar.Entry(event.times(), shown.title(), shown.summary(), address, shown.publishedAt());
                })
                .toList();
        return calendar.write(name, entries);
    }

    private void filters(Model model, PublicCatalogue.EventFilter filter) {
        model.addAttribute("filter", filter);
        model.addAttribute("organisations", catalogue.memberNames());
        model.addAttribute("countries", format.named(catalogue.countries().keySet(), true));
        model.addAttribute("kinds", Arrays.stream(EventKind.values())
                .collect(Collectors.toMap(EventKind::code, kind -> format.text(kind.messageKey()), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("pages", catalogue.pages());
    }

    private static String filtered(String path, PublicCatalogue.EventFilter filter) {
        return builder(path, filter).encode().build().toUriString();
    }

    private static String pageLink(String prefix, PublicCatalogue.EventFilter filter, int page) {
        UriComponentsBuilder link = builder(prefix + "/events/past", filter);
        if (page > 1) {
            link.queryParam("page", page);
        }
        return link.encode().build().toUriString();
    }

    private static UriComponentsBuilder builder(String path, PublicCatalogue.EventFilter filter) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        if (filter.organisation() != null) {
            link.queryParam("organisation", filter.organisation());
        }
        if (filter.country() != null) {
            link.queryParam("country", filter.country());
        }
        if (filter.kind() != null) {
            link.queryParam("kind", filter.kind().code());
        }
        return link;
    }
}
