package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.posts.EventKind;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The events of the public site over real HTTP: what is coming up (soonest first, filtered), what is over, each event
 * as an iCalendar file and the upcoming ones as calendars, in every language; nothing unpublished on any of them.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.jpa.properties.hibernate.generate_statistics=true") // as PublicSiteIT: one application context
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsIT {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @LocalServerPort int port;
    @Autowired PostSteps postSteps;
    @Autowired AccountRepository accounts;

    private final SiteVisitor site = new SiteVisitor(() -> port);
    private final String marker = "ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private Post held;
    private Post soon;
    private Post later;
    private Post inPoland;
    private Post pending;
    private Post embargoed;
    private LocalDateTime soonStart;

    @BeforeAll
    void announceEvents() {
        LocalDateTime today = LocalDateTime.now(KYIV).truncatedTo(ChronoUnit.DAYS);
        soonStart = today.plusDays(3).withHour(10);
        held = published("ukraine.editor", "Held " + marker, today.minusDays(10).withHour(10), KYIV, "Kyiv, Khreshchatyk 1");
        soon = published("ukraine.editor", "Soon " + marker, soonStart, KYIV, "Odesa, Derybasivska 5", null, EventKind.TRAINING);
        later = published("ukraine.editor", "Later " + marker, today.plusDays(30).withHour(9), KYIV, null,
                "https://meet.example.org/" + marker, EventKind.WEBINAR);
        inPoland = published("poland.editor", "Warsaw " + marker, today.plusDays(5).withHour(11), WARSAW, "Warsaw");
        Actor editor = actor("ukraine.editor");
        // Approved, but its publication moment is two days away: public only then.
        Post scheduled = as(editor, () -> postSteps.perform(postSteps.createDraft(editor.organisationId(),
                event("Embargoed " + marker, today.plusDays(6).withHour(10), KYIV, "Kharkiv"), Instant.now().plus(Duration.ofDays(2)))
                .getId(), WorkflowAction.SUBMIT, null));
        embargoed = as(actor("moderator"), () -> postSteps.perform(scheduled.getId(), WorkflowAction.APPROVE, null));
        pending = as(editor, () -> postSteps.perform(postSteps.createDraft(editor.organisationId(),
                event("Pending " + marker, today.plusDays(4).withHour(10), KYIV, "Lviv"), null).getId(), WorkflowAction.SUBMIT, null));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eventsComingUpAreListedSoonestFirstAndThoseOverOnTheirOwnPage() {
        String upcoming = get("/events").body();
        assertThat(upcoming).contains(soon.getTitle(), later.getTitle(), inPoland.getTitle(), "Odesa, Derybasivska 5",
                        "/events/" + soon.getSlug() + ".ics", "Add to calendar")
                .doesNotContain(held.getTitle(), pending.getTitle(), embargoed.getTitle());
        assertThat(upcoming.indexOf(soon.getTitle())).isLessThan(upcoming.indexOf(inPoland.getTitle()));
        assertThat(upcoming.indexOf(inPoland.getTitle())).isLessThan(upcoming.indexOf(later.getTitle()));
        // When, in the event's own zone, as on the post's page.
        String day = DateTimeFormatter.ofPattern("d MMMM yyyy").withLocale(Locale.UK).format(soonStart);
        assertThat(upcoming).contains(day + ", 10:00 – " + day + ", 13:00, Kyiv (Eastern European Time, UTC"
                + soonStart.atZone(KYIV).getOffset().getId() + ")");

        assertThat(get("/events?organisation=la-strada-poland").body()).contains(inPoland.getTitle()).doesNotContain(soon.getTitle());
        assertThat(get("/events?country=ua").body()).contains(soon.getTitle()).doesNotContain(inPoland.getTitle());
        assertThat(get("/events?organisation=no-such-organisation").body()).contains("No events are coming up.");

        String past = get("/events/past").body();
        assertThat(past).contains(held.getTitle()).doesNotContain(soon.getTitle(), pending.getTitle());
        assertThat(get("/events/past?organisation=la-strada-poland").body()).doesNotContain(held.getTitle());

        // The home page and the member's page show what is coming up next.
        assertThat(get("/").body()).contains("Coming up in the network");
        assertThat(get("/members/la-strada-ukraine").body()).contains(soon.getTitle(), "/feeds/members/la-strada-ukraine.ics")
                .doesNotContain(inPoland.getTitle(), pending.getTitle());
    }

    @Test
    void theEventsPagesExistInEveryLanguage() {
        HttpResponse<String> polish = get("/pl/events");
        assertThat(polish.statusCode()).isEqualTo(200);
        assertThat(polish.body()).contains("<html lang=\"pl\"", "<h1>Wydarzenia</h1>", soon.getTitle(), "Dodaj do kalendarza",
                "hreflang=\"uk\" href=\"http://localhost:" + port + "/uk/events\"");
        assertThat(get("/uk/events/past").body()).contains("Минулі події", held.getTitle());
        assertThat(get("/").body()).contains("href=\"/events\">Events</a>");
        assertThat(get("/sitemap.xml").body()).contains("/ro/events</loc>");
    }

    @Test
    void anEventIsACalendarFileAndTheEventsComingUpACalendarToSubscribeTo() throws Exception {
        HttpResponse<String> file = get("/events/" + soon.getSlug() + ".ics");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", soon.getSlug() + ".ics");
        Calendar calendar = new CalendarBuilder().build(new StringReader(file.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getSummary().getValue()).isEqualTo(soon.getTitle());
        // 10:00 in Kyiv, written as the moment in UTC.
        assertThat(event.getDateTimeStart().getValue())
                .isEqualTo(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(soonStart.atZone(KYIV).withZoneSameInstant(ZoneOffset.UTC)));
        assertThat(event.getLocation().getValue()).isEqualTo("Odesa, Derybasivska 5");
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("event-" + soon.getId() + "@localhost");
        assertThat(event.getUrl().getValue()).isEqualTo("http://localhost:" + port + "/news/" + soon.getSlug());
        // The same file twice: cacheable like the pages.
        assertThat(get("/events/" + soon.getSlug() + ".ics").body()).isEqualTo(file.body());

        String network = get("/feeds/events.ics").body();
        List<VEvent> coming = new CalendarBuilder().build(new StringReader(network)).getComponents("VEVENT");
        assertThat(coming).extracting(e -> e.getSummary().getValue()).contains(soon.getTitle(), later.getTitle(), inPoland.getTitle())
                .doesNotContain(held.getTitle(), pending.getTitle(), embargoed.getTitle());
        assertThat(network).contains("X-WR-CALNAME:Events of the La Strada network");
        List<VEvent> ofPoland = new CalendarBuilder().build(new StringReader(get("/feeds/members/la-strada-poland.ics").body()))
                .getComponents("VEVENT");
        assertThat(ofPoland).extracting(e -> e.getSummary().getValue()).contains(inPoland.getTitle()).doesNotContain(soon.getTitle());
        assertThat(get("/pl/feeds/events.ics").body()).contains("X-WR-CALNAME:Wydarzenia sieci La Strada");
    }

    @Test
    void eventsAreFilteredByKindAndAnEventHeldOnlineOnlyOffersItsLinkToJoin() throws Exception {
        assertThat(get("/events?kind=webinar").body()).contains(later.getTitle()).doesNotContain(soon.getTitle(), inPoland.getTitle());
        assertThat(get("/events?kind=TRAINING&country=UA").body()).contains(soon.getTitle()).doesNotContain(later.getTitle());
        assertThat(get("/events/past?kind=webinar").body()).doesNotContain(held.getTitle());
        assertThat(Jsoup.parse(get("/events?kind=webinar").body()).select("select[name=kind] option[selected]").attr("value"))
                .isEqualTo("webinar");

        Element listed = Jsoup.parse(get("/events").body()).select("ul.event-list li:contains(" + later.getTitle() + ")").first();
        assertThat(listed.select(".meta").text()).contains("Webinar", "Online event");
        Element inPerson = Jsoup.parse(get("/events").body()).select("ul.event-list li:contains(" + soon.getTitle() + ")").first();
        assertThat(inPerson.select(".meta").text()).contains("Training", "Odesa, Derybasivska 5").doesNotContain("Online event");
        assertThat(Jsoup.parse(get("/pl/events").body()).select("ul.event-list li:contains(" + later.getTitle() + ") .meta").text())
                .contains("Webinarium", "Wydarzenie online");

        Document page = Jsoup.parse(get("/news/" + later.getSlug()).body());
        Element join = page.select("dl.event a[href=https://meet.example.org/" + marker + "]").first();
        assertThat(join.text()).isEqualTo("Join online");
        assertThat(join.attr("rel")).contains("nofollow");
        assertThat(page.select("dl.event").text()).contains("Online event", "Type of event", "Webinar");

        VEvent online = (VEvent) new CalendarBuilder().build(new StringReader(get("/events/" + later.getSlug() + ".ics").body()))
                .getComponents("VEVENT").get(0);
        assertThat(online.getLocation().getValue()).as("the link to join, for an event without a place")
                .isEqualTo("https://meet.example.org/" + marker);
        List<VEvent> webinars = new CalendarBuilder().build(new StringReader(get("/feeds/events.ics?kind=webinar").body()))
                .getComponents("VEVENT");
        assertThat(webinars).extracting(e -> e.getSummary().getValue()).contains(later.getTitle()).doesNotContain(soon.getTitle());

        HttpResponse<String> unknown = get("/events?kind=party");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("party", "webinar");
        assertThat(get("/feeds/events.ics?kind=party").statusCode()).isEqualTo(400);
    }

    @Test
    void whatIsNotAPublicEventIsNotFoundAndBadInputGetsAReason() {
        assertThat(get("/events/" + pending.getSlug() + ".ics").statusCode()).isEqualTo(404);
        assertThat(get("/events/" + embargoed.getSlug() + ".ics").statusCode()).isEqualTo(404);
        assertThat(get("/events/no-such-event.ics").statusCode()).isEqualTo(404);
        assertThat(get("/events/picum-rights-centred-approach-to-tackle-human-trafficking.ics").statusCode())
                .as("a news post is not an event").isEqualTo(404);
        assertThat(get("/feeds/members/no-such-member.ics").statusCode()).isEqualTo(404);
        HttpResponse<String> notANumber = get("/events/past?page=abc");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("page");
        assertThat(get("/events/past?page=0").statusCode()).isEqualTo(400);
        assertThat(get("/xx/events").statusCode()).isEqualTo(404);
    }

    private Post published(String editorName, String title, LocalDateTime start, ZoneId zone, String location) {
        return published(editorName, title, start, zone, location, null, null);
    }

    private Post published(String editorName, String title, LocalDateTime start, ZoneId zone, String location, String onlineUrl,
                           EventKind kind) {
        Actor editor = actor(editorName);
        PostContent content = event(title, start, zone, location);
        content.setEventOnlineUrl(onlineUrl);
        content.setEventKind(kind);
        Post post = as(editor, () -> postSteps.perform(postSteps.createDraft(editor.organisationId(), content, null).getId(),
                WorkflowAction.SUBMIT, null));
        return as(actor("moderator"), () -> postSteps.perform(post.getId(), WorkflowAction.APPROVE, null));
    }

    private static PostContent event(String title, LocalDateTime start, ZoneId zone, String location) {
        PostContent content = new PostContent(PostType.EVENT, title, "en");
        content.setBody("Body of " + title);
        content.setEventStart(start);
        content.setEventEnd(start.plusHours(3));
        content.setEventTimeZone(zone.getId());
        content.setEventLocation(location);
        return content;
    }

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().asActor();
    }

    private static <T> T as(Actor actor, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                List.of(new SimpleGrantedAuthority(actor.role().authority()))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private HttpResponse<String> get(String path) {
        return site.get(path);
    }
}
