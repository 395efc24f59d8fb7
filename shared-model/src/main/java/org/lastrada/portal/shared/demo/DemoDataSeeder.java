package org.lastrada.portal.shared.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.media.MediaLibrary;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationKind;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.ProfileTranslation;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.pages.NetworkPageRepository;
import org.lastrada.portal.shared.pages.NetworkPageVersion;
import org.lastrada.portal.shared.pages.NetworkPageVersionRepository;
import org.lastrada.portal.shared.posts.EventKind;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.validation.Slugs;
import org.lastrada.portal.shared.workflow.ModerationEventRepository;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.lastrada.portal.shared.federation.DemoFeeds;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.lastrada.portal.shared.uploads.UploadStore;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo network once (default profile only): the secretariat and the eight members from
 * {@code demo/members.csv}, the network pages, demo posts in several workflow states, and demo accounts; and content in
 * other languages from {@code demo/translations/}: the network pages, some posts and some member profiles in Polish,
 * Ukrainian and Russian, published. Each item is created only when it is missing, so restarts change nothing (and a
 * demo database seeded before translations existed gets them at the next start).
 */
@Component
@ConditionalOnProperty(prefix = "portal.demo", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(DemoDataProperties.class)
public class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final String MEMBER_PREFIX = "la-strada-";
    /** The languages demo/translations/network-pages.<language>.md exist in. */
    private static final List<String> PAGE_LANGUAGES = List.of("pl", "uk", "ru");

    private final MemberOrganisationRepository organisations;
    private final AccountRepository accounts;
    private final NetworkPageRepository pages;
    private final NetworkPageVersionRepository pageVersions;
    private final PostRepository posts;
    private final ModerationEventRepository moderationEvents;
    private final PasswordEncoder passwordEncoder;
    private final UploadStore uploads;
    private final MediaLibrary media;
    private final DemoDataProperties properties;
    private final DemoFeeds demoFeeds;
    private final Environment environment;
    private final Clock clock;

    public DemoDataSeeder(MemberOrganisationRepository organisations, AccountRepository accounts, NetworkPageRepository pages,
                          NetworkPageVersionRepository pageVersions, PostRepository posts, ModerationEventRepository moderationEvents,
                          PasswordEncoder passwordEncoder, UploadStore uploads, MediaLibrary media, DemoDataProperties properties,
                          DemoFeeds demoFeeds, Environment environment, Clock clock) {
        this.media = media;
        this.organisations = organisations;
        this.accounts = accounts;
        this.pages = pages;
        this.pageVersions = pageVersions;
        this.posts = posts;
        this.moderationEvents = moderationEvents;
        this.passwordEncoder = passwordEncoder;
        this.uploads = uploads;
        this.properties = properties;
        this.demoFeeds = demoFeeds;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<MemberOrganisation> network = readMembers().stream().map(this::organisation).toList();
        seedProfileTranslations();
        seedPages();
        seedPageTranslations();
        String passwordHash = passwordEncoder.encode(properties.password());
        Account moderator = account("moderator", "Mira Moderator", Role.MODERATOR, null, passwordHash);
        account("admin", "Adam Administrator", Role.ADMIN, null, passwordHash);
        for (MemberOrganisation organisation : network) {
            if (!organisation.isSecretariat()) {
                String key = accountKey(organisation);
                account(key + ".editor", "Editor " + organisation.getName(), Role.EDITOR, organisation, passwordHash);
                account(key + ".admin", "Admin " + organisation.getName(), Role.ORG_ADMIN, organisation, passwordHash);
            }
        }
        seedPosts(network, moderator.asActor());
        seedPostTranslations(moderator.asActor());
        // The web server started before the runners: its port is known, unless there is none (tests without a server).
        Integer port = environment.getProperty("local.server.port", Integer.class);
        if (port != null && port > 0) {
            demoFeeds.subscribe(port);
        }
    }

    /** "la-strada-poland" signs in as "poland.editor"; the secretariat's accounts are moderator and admin. */
    static String accountKey(MemberOrganisation organisation) {
        String slug = organisation.getSlug();
        return slug.startsWith(MEMBER_PREFIX) ? slug.substring(MEMBER_PREFIX.length()) : slug;
    }

    private List<Map<String, String>> readMembers() {
        try (var in = new ClassPathResource("demo/members.csv").getInputStream()) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            List<String> columns = Arrays.asList(lines.get(0).split(","));
            return lines.stream().skip(1).map(line -> {
                String[] cells = line.split(",", -1);
                return columns.stream().collect(Collectors.toMap(c -> c, c -> cells[columns.indexOf(c)].strip()));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/members.csv", e);
        }
    }

    private MemberOrganisation organisation(Map<String, String> row) {
        String slug = row.get("slug");
        return organisations.findBySlug(slug).orElseGet(() -> {
            OrganisationKind kind = OrganisationKind.valueOf(row.get("kind"));
            OrganisationProfile profile = new OrganisationProfile(row.get("name"), row.get("city"));
            profile.setShortDescription(kind == OrganisationKind.SECRETARIAT
                    ? "The International Secretariat of the La Strada network, in " + row.get("city") + "."
                    : "Member of La Strada International in " + row.get("country") + ", working from " + row.get("city") + ".");
            profile.setLongDescription("**" + row.get("name") + "** works against trafficking in human beings in "
                    + row.get("country") + ".\n\nThis is demo content: contact details are placeholders.");
            profile.setWebsite("https://" + slug + ".example.org");
            profile.setPublicEmail("info@" + slug + ".example.org");
            profile.setLanguages(Set.of(row.get("languages").split(";")));
            Set<ServiceArea> services = EnumSet.noneOf(ServiceArea.class);
            for (String code : row.get("services").split(";")) {
                services.add(ServiceArea.fromCode(code)
                        .orElseThrow(() -> new IllegalStateException("Unknown service '" + code + "' in demo/members.csv")));
            }
            profile.setServices(services);
            profile.setTargetGroups(Set.of("trafficked persons", "people at risk of exploitation"));
            log.info("Demo data: adding {}", slug);
            return organisations.save(new MemberOrganisation(slug, kind, row.get("country_code"), profile, clock.instant()));
        });
    }

    /** The network's pages and their translations, each published as its first version by the secretariat. */
    private void seedPages() {
        for (TextBlocks.Block block : TextBlocks.read("demo/network-pages.md")) {
            if (pages.findBySlug(block.name()).isEmpty()) {
                int position = Integer.parseInt(block.header("position"));
                NetworkPage page = pages.save(NetworkPage.published(block.name(), block.header("title"), block.body(), position,
                        clock.instant()));
                publishedFirstVersion(page, "en", block, position);
            }
        }
    }

    private void seedPageTranslations() {
        for (String language : PAGE_LANGUAGES) {
            for (TextBlocks.Block block : TextBlocks.read("demo/translations/network-pages." + language + ".md")) {
                pages.findBySlug(block.name()).filter(page -> page.translation(language).isEmpty()).ifPresent(page -> {
                    page.translate(language, block.header("title"), block.body(), clock.instant());
                    publishedFirstVersion(page, language, block, null);
                });
            }
        }
    }

    private void publishedFirstVersion(NetworkPage page, String language, TextBlocks.Block block, Integer position) {
        NetworkPageVersion version = new NetworkPageVersion(page, language, 1, block.header("title"), block.body(), position,
                "secretariat", clock.instant(), null);
        version.published("secretariat", clock.instant());
        pageVersions.save(version);
    }

    /** Approved translations of member profiles, as if proposed by the member and approved long ago. */
    private void seedProfileTranslations() {
        for (TextBlocks.Block block : TextBlocks.read("demo/translations/profiles.txt")) {
            String language = block.header("language");
            organisations.findBySlug(block.header("organisation")).filter(organisation -> organisation.translation(language).isEmpty())
                    .ifPresent(organisation -> organisation.applyTranslation(language, new ProfileTranslation(block.header("name"),
                            block.header("city"), block.header("short-description"), block.body(),
                            new LinkedHashSet<>(Arrays.asList(block.header("target-groups").split(";")))), clock.instant()));
        }
    }

    /**
     * Published translations of published demo posts, written a few hours after their original was published and, for a
     * member's post, approved by the moderator as any post is. A language the post's group already has is left alone.
     */
    private void seedPostTranslations(Actor moderator) {
        for (TextBlocks.Block block : TextBlocks.read("demo/translations/posts.txt")) {
            MemberOrganisation organisation = organisations.findBySlug(block.header("organisation")).orElse(null);
            if (organisation == null) {
                continue;
            }
            String language = block.header("language");
            Post original = posts.findBySlug(Slugs.fromTitle(fill(block.header("original"), organisation), 100))
                    .filter(post -> post.getOrganisation().getId().equals(organisation.getId()) && post.getStatus() == PostStatus.PUBLISHED)
                    .orElse(null);
            if (original == null || posts.findTranslationsOf(original.getId()).stream().anyMatch(member -> member.language().equals(language)
                    && member.status() != PostStatus.REJECTED && member.status() != PostStatus.ARCHIVED)) {
                continue;
            }
            Actor author = organisation.isSecretariat() ? moderator
                    : accounts.findByUsername(accountKey(organisation) + ".editor").orElseThrow().asActor();
            PostContent translated = original.getContent().copy();
            translated.setLanguage(language);
            translated.setTitle(block.header("title"));
            translated.setSummary(block.header("summary", null));
            translated.setBody(block.body());
            Instant written = earliest(original.getPublishedAt().plus(Duration.ofHours(3)), clock.instant().minus(Duration.ofHours(3)));
            Post translation = posts.save(original.translate(author, uniqueSlug(original.getSlug() + "-" + language), translated, written));
            Instant at = written;
            for (WorkflowAction step : organisation.isSecretariat() ? List.of(WorkflowAction.PUBLISH_DIRECTLY)
                    : List.of(WorkflowAction.SUBMIT, WorkflowAction.APPROVE)) {
                at = at.plus(Duration.ofHours(1));
                moderationEvents.save(translation.perform(step, step.isModeration() ? moderator : author, null, at));
            }
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; posts.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private Account account(String username, String displayName, Role role, MemberOrganisation organisation, String passwordHash) {
        return accounts.findByUsername(username).orElseGet(() -> {
            Account account = new Account(username, displayName, username + "@example.org", role, organisation, clock.instant());
            account.setPasswordHash(passwordHash, false);
            // Whoever tries the demo reads it in English, whichever country's account they take; "My account" switches.
            account.chooseInterfaceLanguage(NetworkLanguage.ENGLISH);
            return accounts.save(account);
        });
    }

    private void seedPosts(List<MemberOrganisation> network, Actor moderator) {
        List<TextBlocks.Block> blocks = TextBlocks.read("demo/posts.txt");
        for (MemberOrganisation organisation : network) {
            if (posts.countByOrganisationId(organisation.getId()) > 0) {
                continue;
            }
            Actor author = organisation.isSecretariat() ? moderator
                    : accounts.findByUsername(accountKey(organisation) + ".editor").orElseThrow().asActor();
            for (TextBlocks.Block block : blocks) {
                String target = block.header("organisation");
                boolean forThis = target.equals(organisation.getSlug()) || (target.equals("*") && !organisation.isSecretariat());
                if (forThis) {
                    seedPost(organisation, author, moderator, block);
                }
            }
        }
    }

    private void seedPost(MemberOrganisation organisation, Actor author, Actor moderator, TextBlocks.Block block) {
        int days = Integer.parseInt(block.header("days"));
        int writtenDaysAgo = Integer.parseInt(block.header("written", String.valueOf(Math.max(days, 1))));
        Instant written = clock.instant().minus(Duration.ofDays(writtenDaysAgo)).truncatedTo(ChronoUnit.MINUTES);
        PostContent content = new PostContent(PostType.valueOf(block.header("type")), fill(block.header("title"), organisation),
                block.header("language"));
        content.setSummary(fill(block.header("summary", ""), organisation));
        content.setBody(fill(block.body(), organisation));
        content.setTags(new LinkedHashSet<>(Arrays.asList(block.header("tags").split(","))));
        if (content.getType() == PostType.EVENT) {
            LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(-days)
                    .truncatedTo(ChronoUnit.DAYS).withHour(10);
            content.setEventStart(start);
            content.setEventEnd(start.plusHours(3));
            String place = block.header("event-location", null);
            content.setEventLocation(place == null ? null : fill(place, organisation));
            content.setEventOnlineUrl(block.header("event-online-url", null));
            content.setEventKind(EventKind.fromCode(block.header("event-kind", null)).orElse(null));
        }
        String pdf = block.header("pdf", null);
        if (pdf != null) {
            try (var in = new ClassPathResource(pdf).getInputStream()) {
                content.setAttachment(uploads.storeDocument(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the demo PDF " + pdf, e);
            }
        }
        String image = block.header("image", null);
        if (image != null) {
            content.setFeaturedImage(media.importImage(organisation, image + ".png", DemoImages.draw(image),
                    block.header("image-alt", null), "La Strada International").getKey());
        }
        String slug = Slugs.fromTitle(content.getTitle(), 100);
        Post post = posts.save(new Post(organisation, author, slug, content, written));
        PostStatus target = PostStatus.valueOf(block.header("status"));
        List<WorkflowAction> steps = switch (target) {
            case DRAFT -> List.of();
            case SUBMITTED -> List.of(WorkflowAction.SUBMIT);
            case CHANGES_REQUESTED -> List.of(WorkflowAction.SUBMIT, WorkflowAction.REQUEST_CHANGES);
            case PUBLISHED -> organisation.isSecretariat() ? List.of(WorkflowAction.PUBLISH_DIRECTLY)
                    : List.of(WorkflowAction.SUBMIT, WorkflowAction.APPROVE);
            case REJECTED -> List.of(WorkflowAction.SUBMIT, WorkflowAction.REJECT);
            case ARCHIVED -> List.of(WorkflowAction.SUBMIT, WorkflowAction.APPROVE, WorkflowAction.ARCHIVE);
        };
        Instant at = written;
        for (WorkflowAction step : steps) {
            at = at.plus(Duration.ofHours(2));
            Actor actor = step.isModeration() ? moderator : author;
            String comment = step.isCommentRequired() ? block.header("comment") : null;
            moderationEvents.save(post.perform(step, actor, comment, at));
        }
    }

    private static String fill(String template, MemberOrganisation organisation) {
        return template.replace("{name}", organisation.getName())
                .replace("{city}", organisation.getProfile().getCity())
                .replace("{country}", new Locale("", organisation.getCountryCode()).getDisplayCountry(Locale.ENGLISH));
    }
}
