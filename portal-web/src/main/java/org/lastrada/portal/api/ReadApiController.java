package org.lastrada.portal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.lastrada.portal.publicsite.NewsQuery;
import org.lastrada.portal.publicsite.PublicCatalogue;
import org.lastrada.portal.publicsite.PublicRefusal;
import org.lastrada.portal.shared.content.MarkdownRenderer;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PublicPostCard;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The read-only JSON API over what the public may see, so member sites can show the network's news.
 * Open to every origin for GET; cacheable like the pages.
 */
@RestController
@RequestMapping("/api/v1")
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class ReadApiController {

    static final int MAX_SIZE = 100;

    /** A member organisation as the public sees it. */
    record Member(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String slug, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String countryCode, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String country,
                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String city, @Schema(nullable = true) String shortDescription, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> services,
                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> languages, @Schema(nullable = true) String website, @Schema(nullable = true) String email,
                  @Schema(nullable = true) String logoUrl, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String url) {
    }

    /** A member organisation with its description. */
    record MemberDetail(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Member member, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String descriptionHtml) {
    }

    /** A post in a list. */
    record PostSummary(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String slug, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"news", "statement", "event", "publication"}) String type,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String organisation, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String organisationSlug, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String language,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant publishedAt, @Schema(nullable = true) String summary, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> tags, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String url) {
    }

    /** One post with its text and type-specific details. */
    record PostDetail(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PostSummary post, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String bodyHtml,
                      @Schema(nullable = true, type = "string", format = "local-date-time", example = "2026-12-10T10:00:00",
                              description = "events: the wall-clock time where the event takes place") LocalDateTime eventStart,
                      @Schema(nullable = true, type = "string", format = "local-date-time", example = "2026-12-10T13:00:00") LocalDateTime eventEnd,
                      @Schema(nullable = true, description = "events: the place; none for an event held online only") String eventLocation,
                      @Schema(nullable = true, example = "https://meet.example.org/lsi-webinar",
                              description = "events: where people join online") String eventOnlineUrl,
                      @Schema(nullable = true, example = "webinar", description = "events: the kind of event, if its author said: "
                              + "conference, training, webinar, meeting, campaign or other") String eventKind,
                      @Schema(nullable = true, example = "Europe/Kyiv", description = "events: the IANA time zone of the start and end")
                      String eventTimeZone,
                      @Schema(nullable = true, description = "publications: the PDF") String publicationUrl,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                              description = "the other public posts of its translation group: its original and translations")
                      List<Translation> translations) {
    }

    /** The same post in another language: its own post, at its own address. */
    record Translation(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "pl") String language,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String slug,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "true for the post the others translate")
                       boolean original,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String url) {
    }

    /** One page of posts. */
    record PostPage(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<PostSummary> items, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int page, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int size, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long totalItems,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int totalPages) {
    }

    /** Why a request was refused (400) or found nothing (404). */
    record ApiError(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String timestamp, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int status, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String error, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String path) {
    }

    private final PublicCatalogue catalogue;
    private final MarkdownRenderer markdown;

    ReadApiController(PublicCatalogue catalogue, MarkdownRenderer markdown) {
        this.catalogue = catalogue;
        this.markdown = markdown;
    }

    @Operation(summary = "Active member organisations and the secretariat, by name")
    @GetMapping(value = "/members", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Member> members(HttpServletResponse response) {
        cacheable(response);
        return catalogue.members(null, null, null).stream().map(ReadApiController::member).toList();
    }

    @Operation(summary = "One member organisation's live profile")
    @ApiResponse(responseCode = "200", description = "The organisation")
    @ApiResponse(responseCode = "404", description = "No active organisation has this slug",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ApiError.class)))
    @GetMapping(value = "/members/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    MemberDetail member(@PathVariable String slug, HttpServletResponse response) {
        cacheable(response);
        MemberOrganisation organisation = catalogue.member(slug)
                .orElseThrow(() -> PublicRefusal.notFound("site.error.no-member"));
        return new MemberDetail(member(organisation), markdown.toSafeHtml(organisation.getProfile().getLongDescription()));
    }

    @Operation(summary = "Published posts, newest first, with the filters of the news page")
    @ApiResponse(responseCode = "200", description = "One page of posts")
    @ApiResponse(responseCode = "400", description = "A filter or page that does not exist, with the reason",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ApiError.class)))
    @GetMapping(value = "/posts", produces = MediaType.APPLICATION_JSON_VALUE)
    PostPage posts(@Parameter(description = "news, statement, event or publication") @RequestParam(required = false) String type,
                   @Parameter(description = "organisation slug") @RequestParam(required = false) String organisation,
                   @Parameter(description = "ISO 3166 country code") @RequestParam(required = false) String country,
                   @Parameter(description = "ISO 639-1 language code") @RequestParam(required = false) String language,
                   @RequestParam(required = false) String tag,
                   @Parameter(description = "from 1", schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
                   @RequestParam(defaultValue = "1") String page,
                   @Parameter(description = "posts per page", schema = @Schema(type = "integer", minimum = "1", maximum = "100",
                           defaultValue = "20")) @RequestParam(defaultValue = "20") int size,
                   HttpServletResponse response) {
        cacheable(response);
        if (size < 1 || size > MAX_SIZE) {
            throw PublicRefusal.badRequest("site.error.size-range", MAX_SIZE);
        }
        PublicCatalogue.NewsPage posts = catalogue.news(NewsQuery.filter(type, organisation, country, language, tag),
                PublicCatalogue.NewsPosition.page(NewsQuery.page(page)), size);
        return new PostPage(posts.posts().stream().map(ReadApiController::summary).toList(), posts.number(), size,
                posts.total(), posts.total() == 0 ? 0 : posts.totalPages());
    }

    @Operation(summary = "One published post")
    @ApiResponse(responseCode = "200", description = "The post")
    @ApiResponse(responseCode = "404", description = "No published post has this slug",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ApiError.class)))
    @GetMapping(value = "/posts/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    PostDetail post(@PathVariable String slug, HttpServletResponse response) {
        cacheable(response);
        Post post = catalogue.post(slug).orElseThrow(() -> PublicRefusal.notFound("site.error.no-post"));
        return new PostDetail(summary(post), markdown.toSafeHtml(post.getContent().getBody()), post.getContent().getEventStart(),
                post.getContent().getEventEnd(), post.getContent().getEventLocation(), post.getContent().getEventOnlineUrl(),
                post.getContent().getEventKind() == null ? null : post.getContent().getEventKind().code(),
                post.getContent().getEventStart() == null ? null : post.eventTimeZone().getId(),
                post.getContent().getAttachment() == null ? null : absolute("/news/" + post.getSlug() + "/publication.pdf"),
                catalogue.translationsOf(post).stream().map(link -> new Translation(link.language(), link.slug(), link.original(),
                        absolute("/news/" + link.slug()))).toList());
    }

    private static Member member(MemberOrganisation o) {
        return new Member(o.getSlug(), o.getName(), o.getCountryCode(), o.getCountryName(), o.getProfile().getCity(),
                o.getProfile().getShortDescription(), o.getProfile().getServices().stream().map(ServiceArea::code).toList(),
                List.copyOf(o.getProfile().getLanguages()), o.getProfile().getWebsite(), o.getProfile().getPublicEmail(),
                o.getProfile().getLogo() == null ? null : absolute("/uploads/logos/" + o.getProfile().getLogo()),
                absolute("/members/" + o.getSlug()));
    }

    private static PostSummary summary(Post p) {
        return summary(new PublicPostCard(p.getId(), p.getSlug(), p.getType(), p.getTitle(), p.getContent().getSummary(),
                p.getContent().getLanguage(), p.getContent().getTags(), p.getPublishedAt(), p.getOrganisation().getName(),
                p.getOrganisation().getSlug(), p.getContent().getFeaturedImage()));
    }

    private static PostSummary summary(PublicPostCard p) {
        return new PostSummary(p.slug(), p.title(), p.type().name().toLowerCase(Locale.ROOT), p.organisationName(),
                p.organisationSlug(), p.language(), p.publishedAt(), p.summary(), List.copyOf(p.tags()), absolute("/news/" + p.slug()));
    }

    private static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }

    private static void cacheable(HttpServletResponse response) {
        response.setHeader("Cache-Control", "public, max-age=60");
    }
}
