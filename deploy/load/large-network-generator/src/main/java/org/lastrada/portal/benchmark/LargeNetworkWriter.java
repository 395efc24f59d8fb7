package org.lastrada.portal.benchmark;

import static org.lastrada.portal.benchmark.BatchInsert.Column.flag;
import static org.lastrada.portal.benchmark.BatchInsert.Column.number;
import static org.lastrada.portal.benchmark.BatchInsert.Column.text;
import static org.lastrada.portal.benchmark.BatchInsert.Column.time;
import static org.lastrada.portal.benchmark.Prose.pick;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.lastrada.portal.benchmark.BatchInsert.Column;
import org.lastrada.portal.benchmark.Countries.Country;
import org.lastrada.portal.shared.organisations.OrganisationKind;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.Slugs;
import org.lastrada.portal.shared.workflow.ItemType;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the large network, table by table, as the entities of shared-model would store it: enums by name,
 * sets as sorted comma-separated codes, instants in UTC. Every row is derived from the seed and its own index,
 * so a post's plan (organisation, author, state, moments, slug) can be recomputed for its moderation history
 * and audit entries without keeping 100,000 posts in memory.
 */
final class LargeNetworkWriter {

    /** Generated usernames start with this; it also tells that a database already holds a generated network. */
    static final String USERNAME_PREFIX = "bench.";

    private static final Duration EIGHT_YEARS = Duration.ofDays(8 * 365);
    private static final long ORGANISATION_STREAM = 1;
    private static final long ACCOUNT_STREAM = 2;
    private static final long POST_STREAM = 3;
    private static final long BODY_STREAM = 4;
    private static final long AUDIT_STREAM = 5;
    private static final long IMAGE_STREAM = 6;
    private static final List<String> ORGANISATION_NAMES = List.of(
            "%s Centre against Trafficking in Human Beings", "Safe Passage %s", "Open Door %s",
            "%s Coalition against Exploitation", "Shelter and Support Foundation %s", "Migrant Rights Centre %s",
            "Legal Aid for Trafficked Persons %s", "Stop Exploitation %s", "Women's Rights Association %s",
            "Helpline for Migrant Workers %s");
    private static final List<String> TARGET_GROUPS = List.of(
            "trafficked persons", "people at risk of exploitation", "migrant workers", "asylum seekers",
            "women and girls", "children and young people", "domestic workers", "sex workers", "professionals");

    /** A generated organisation as later rows need it. */
    record Organisation(long id, String slug, Country country, List<String> languages, boolean active) {
    }

    /** Puts pictures into an organisation's media library (as the portal stores them: files and rows) and gives their keys. */
    interface MediaLibraryFiller {
        List<String> fill(Organisation organisation, int pictures);
    }

    /** A generated account as later rows need it. */
    record Person(long id, String username, String displayName, Role role, Long organisationId) {
    }

    /** Everything about one post except its body, recomputable from its index. */
    private record PostPlan(int index, Organisation organisation, Person author, Person moderator, PostType type,
                            PostStatus status, String title, String slug, String topic, String language,
                            TreeSet<String> tags, Instant created, Instant submitted, Instant decided, Instant archived,
                            Instant publishAt, Instant publishedAt, Instant updated, String comment,
                            String featuredImage) {

        boolean isPublicNow(Instant now) {
            return publishedAt != null && !publishedAt.isAfter(now);
        }
    }

    /** What was written, for the log and for tests. */
    record Summary(int organisations, int accounts, int posts, int images, int moderationEvents, int auditEvents) {
    }

    private final JdbcTemplate jdbc;
    private final BatchInsert insert;
    private final LargeNetworkProperties properties;
    private final String passwordHash;
    private final Instant now;
    private final MediaLibraryFiller mediaLibraries;

    private List<Organisation> organisations = List.of();
    private Map<Long, List<String>> imagesByOrganisation = Map.of();
    private Map<Long, List<Person>> authorsByOrganisation = Map.of();
    private List<Person> people = List.of();
    private List<Person> moderators = List.of();
    private List<Person> administrators = List.of();

    LargeNetworkWriter(JdbcTemplate jdbc, BatchInsert insert, LargeNetworkProperties properties, String passwordHash,
                       Instant now, MediaLibraryFiller mediaLibraries) {
        this.jdbc = jdbc;
        this.mediaLibraries = mediaLibraries;
        this.insert = insert;
        this.properties = properties;
        this.passwordHash = passwordHash;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
    }

    Summary write() {
        ensureSecretariat();
        organisations = organisations();
        imagesByOrganisation = mediaLibraries();
        accounts();
        Map<String, Long> postIds = posts();
        postTags(postIds);
        postImages(postIds);
        int moderationEvents = moderationEvents(postIds);
        auditEvents();
        int images = imagesByOrganisation.values().stream().mapToInt(List::size).sum();
        return new Summary(organisations.size(), people.size(), postIds.size(), images, moderationEvents, properties.auditEvents());
    }

    private SplittableRandom random(long stream, long index) {
        return new SplittableRandom(properties.seed() * 1_000_003L + stream * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L);
    }

    private Instant before(Instant moment, Duration maximum, SplittableRandom random) {
        return moment.minusSeconds(random.nextLong(Math.max(1, maximum.toSeconds())));
    }

    private Instant after(Instant moment, Duration minimum, Duration maximum, SplittableRandom random) {
        Instant later = moment.plusSeconds(minimum.toSeconds() + random.nextLong(Math.max(1, maximum.minus(minimum).toSeconds())));
        return later.isAfter(now) ? now : later;
    }

    // --- organisations ---------------------------------------------------------------------------------------

    private static final List<Column> ORGANISATION_COLUMNS = List.of(text("slug"), text("kind"), text("country_code"),
            text("name"), text("city"), text("short_description"), text("long_description"), text("website"),
            text("public_email"), text("phone"), text("helpline"), text("services"), text("target_groups"),
            text("languages"), text("logo"), text("status"), time("created_at"), time("updated_at"),
            time("profile_updated_at"), number("version"));

    /**
     * The portal needs a secretariat (the moderators' own posts). It has the demo network's slug, so that the portal's
     * demo data (default profile, seeded at its first start on an H2 directory) takes it for its own.
     */
    private void ensureSecretariat() {
        Integer secretariats = jdbc.queryForObject("select count(*) from member_organisation where kind = ?", Integer.class,
                OrganisationKind.SECRETARIAT.name());
        if (secretariats != null && secretariats == 0) {
            Country netherlands = new Country("NL", "Netherlands", "Amsterdam", "31", List.of("nl"));
            insert.rows("member_organisation", ORGANISATION_COLUMNS, 1, Stream.<Object[]>of(organisationRow(
                    "La Strada International Secretariat", "international-secretariat", OrganisationKind.SECRETARIAT,
                    netherlands, true, random(ORGANISATION_STREAM, -1))));
        }
    }

    private List<Organisation> organisations() {
        Set<String> slugs = new HashSet<>(jdbc.queryForList("select slug from member_organisation", String.class));
        int count = properties.organisations();
        int suspended = count < 3 ? 0 : Math.max(1, count / 25);
        List<Object[]> rows = new ArrayList<>();
        List<String> newSlugs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SplittableRandom random = random(ORGANISATION_STREAM, i);
            Country country = Countries.ALL.get(i % Countries.ALL.size());
            String name = String.format(pick(ORGANISATION_NAMES, random), random.nextBoolean() ? country.name() : country.city());
            String slug = unique(Slugs.fromTitle(name, 70), slugs);
            newSlugs.add(slug);
            // The last organisations are the suspended ones, so low-numbered generated staff can always sign in.
            rows.add(organisationRow(name, slug, OrganisationKind.MEMBER, country, i < count - suspended, random));
        }
        insert.rows("member_organisation", ORGANISATION_COLUMNS, count, rows.stream());
        Map<String, Long> ids = idsBy("member_organisation", "slug", newSlugs);
        List<Organisation> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Country country = Countries.ALL.get(i % Countries.ALL.size());
            written.add(new Organisation(ids.get(newSlugs.get(i)), newSlugs.get(i), country, languages(country),
                    i < count - suspended));
        }
        return written;
    }

    private Object[] organisationRow(String name, String slug, OrganisationKind kind, Country country, boolean active,
                                     SplittableRandom random) {
        TreeSet<String> services = new TreeSet<>();
        for (int i = 0, wanted = 3 + random.nextInt(4); i < wanted; i++) {
            services.add(pick(Arrays.asList(ServiceArea.values()), random).code());
        }
        TreeSet<String> groups = new TreeSet<>();
        for (int i = 0, wanted = 2 + random.nextInt(3); i < wanted; i++) {
            groups.add(pick(TARGET_GROUPS, random));
        }
        Instant created = before(now.minus(EIGHT_YEARS), Duration.ofDays(5 * 365), random);
        Instant updated = before(now, Duration.ofDays(2 * 365), random);
        String phone = "+" + country.dialCode() + " " + (10 + random.nextInt(90)) + " " + (100_000 + random.nextInt(900_000));
        String helpline = random.nextInt(4) == 0 ? null : "+" + country.dialCode() + " 800 " + (100_000 + random.nextInt(900_000));
        return new Object[] {slug, kind.name(), country.code(), name, country.city(),
                "Works against trafficking in human beings in " + country.name() + ": " + String.join(", ", services) + ".",
                Prose.organisationDescription(name, country, random), "https://" + slug + ".example.org",
                "info@" + slug + ".example.org", phone, helpline, String.join(",", services), String.join(",", groups),
                String.join(",", languages(country)), null,
                (active ? OrganisationStatus.ACTIVE : OrganisationStatus.SUSPENDED).name(), created, updated, updated, 0L};
    }

    private static List<String> languages(Country country) {
        TreeSet<String> languages = new TreeSet<>(country.languages());
        languages.add("en");
        return List.copyOf(languages);
    }

    // --- media libraries -------------------------------------------------------------------------------------

    private Map<Long, List<String>> mediaLibraries() {
        Map<Long, List<String>> keys = new HashMap<>();
        if (properties.imagesPerOrganisation() > 0) {
            organisations.forEach(organisation -> keys.put(organisation.id(),
                    List.copyOf(mediaLibraries.fill(organisation, properties.imagesPerOrganisation()))));
        }
        return keys;
    }

    /** A share of the posts shows one of its organisation's pictures as its featured image. */
    private String featuredImage(int index, Organisation organisation) {
        SplittableRandom random = random(IMAGE_STREAM, index);
        List<String> keys = imagesByOrganisation.getOrDefault(organisation.id(), List.of());
        return keys.isEmpty() || random.nextInt(100) >= properties.featuredImagePercent() ? null : pick(keys, random);
    }

    // --- accounts --------------------------------------------------------------------------------------------

    private void accounts() {
        int total = properties.accounts();
        int administratorCount = Math.max(1, total / 200);
        int moderatorCount = Math.max(1, total / 40);
        int orgAdminCount = Math.min(Math.max(organisations.size(), total / 8), total - administratorCount - moderatorCount - 1);
        int editorCount = total - administratorCount - moderatorCount - orgAdminCount;
        List<Organisation> active = organisations.stream().filter(Organisation::active).toList();
        List<Organisation> suspended = organisations.stream().filter(o -> !o.active()).toList();
        // Editors of suspended organisations get the highest numbers (they cannot sign in).
        int suspendedEditors = suspended.isEmpty() ? 0 : suspended.size() * (editorCount / organisations.size());

        List<Object[]> rows = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            SplittableRandom random = random(ACCOUNT_STREAM, i);
            Role role;
            int number;
            Organisation organisation;
            if (i < administratorCount) {
                role = Role.ADMIN;
                number = i;
                organisation = null;
            } else if (i < administratorCount + moderatorCount) {
                role = Role.MODERATOR;
                number = i - administratorCount;
                organisation = null;
            } else if (i < administratorCount + moderatorCount + orgAdminCount) {
                role = Role.ORG_ADMIN;
                number = i - administratorCount - moderatorCount;
                organisation = organisations.get(number % organisations.size());
            } else {
                role = Role.EDITOR;
                number = i - administratorCount - moderatorCount - orgAdminCount;
                int forActive = editorCount - suspendedEditors;
                organisation = number < forActive ? active.get(number % active.size())
                        : suspended.get((number - forActive) % suspended.size());
            }
            String username = username(role, number + 1);
            Instant created = before(now, EIGHT_YEARS, random);
            Instant lastLogin = random.nextInt(10) < 7 ? after(created, Duration.ZERO, Duration.between(created, now), random) : null;
            rows.add(new Object[] {username, Prose.personName(random), username + "@example.org", passwordHash, role.name(),
                    organisation == null ? null : organisation.id(), true, false, 0L, null, null, lastLogin, created, 0L});
        }
        insert.rows("account", List.of(text("username"), text("display_name"), text("email"), text("password_hash"),
                text("role"), number("organisation_id"), flag("enabled"), flag("must_change_password"),
                number("failed_login_count"), time("locked_until"), text("external_subject"), time("last_login_at"),
                time("created_at"), number("version")), total, rows.stream());

        people = jdbc.query("select id, username, display_name, role, organisation_id from account where username like ? order by id",
                (rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                        rs.getObject(5, Long.class)), USERNAME_PREFIX + "%");
        moderators = people.stream().filter(p -> p.role() == Role.MODERATOR).toList();
        administrators = people.stream().filter(p -> p.role() == Role.ADMIN).toList();
        Map<Long, List<Person>> authors = new HashMap<>();
        people.stream().filter(p -> p.organisationId() != null)
                .forEach(p -> authors.computeIfAbsent(p.organisationId(), id -> new ArrayList<>()).add(p));
        authorsByOrganisation = authors;
    }

    /** "bench.editor.0001": the role in the name, so benchmark scripts can pick accounts without a query. */
    static String username(Role role, int number) {
        return USERNAME_PREFIX + role.name().toLowerCase().replace('_', '-') + "." + String.format("%04d", number);
    }

    // --- posts -----------------------------------------------------------------------------------------------

    private PostPlan plan(int index) {
        SplittableRandom random = random(POST_STREAM, index);
        Organisation organisation = organisations.get(random.nextInt(organisations.size()));
        List<Person> authors = authorsByOrganisation.get(organisation.id());
        Person author = authors.get(random.nextInt(authors.size()));
        Person moderator = moderators.get(random.nextInt(moderators.size()));
        int typeRoll = random.nextInt(100);
        PostType type = typeRoll < 55 ? PostType.NEWS : typeRoll < 70 ? PostType.STATEMENT : typeRoll < 85 ? PostType.EVENT
                : PostType.PUBLICATION;
        int statusRoll = random.nextInt(100);
        PostStatus status = statusRoll < 80 ? PostStatus.PUBLISHED : statusRoll < 85 ? PostStatus.ARCHIVED
                : statusRoll < 90 ? PostStatus.DRAFT : statusRoll < 94 ? PostStatus.SUBMITTED
                : statusRoll < 97 ? PostStatus.CHANGES_REQUESTED : PostStatus.REJECTED;
        boolean embargoed = status == PostStatus.PUBLISHED && random.nextInt(1000) < 15;

        Instant created = switch (status) {
            case DRAFT -> before(now, Duration.ofDays(365), random);
            case SUBMITTED -> before(now, Duration.ofDays(90), random);
            case CHANGES_REQUESTED -> before(now, Duration.ofDays(180), random);
            default -> embargoed ? before(now, Duration.ofDays(10), random) : before(now.minus(Duration.ofDays(3)), EIGHT_YEARS, random);
        };
        Instant submitted = status == PostStatus.DRAFT ? null : after(created, Duration.ofMinutes(10), Duration.ofDays(3), random);
        Instant decided = status == PostStatus.DRAFT || status == PostStatus.SUBMITTED ? null
                : after(submitted, Duration.ofMinutes(30), Duration.ofDays(5), random);
        Instant publishAt = null;
        Instant publishedAt = null;
        Instant archived = null;
        if (status == PostStatus.PUBLISHED || status == PostStatus.ARCHIVED) {
            if (embargoed) {
                publishAt = now.plus(Duration.ofHours(1)).plusSeconds(random.nextLong(Duration.ofDays(60).toSeconds()));
            } else if (random.nextInt(20) == 0) {
                publishAt = after(decided, Duration.ofHours(1), Duration.ofDays(3), random);
            }
            publishedAt = publishAt != null && publishAt.isAfter(decided) ? publishAt : decided;
            if (status == PostStatus.ARCHIVED) {
                archived = after(publishedAt, Duration.ofDays(30), Duration.ofDays(730), random);
            }
        } else if ((status == PostStatus.DRAFT || status == PostStatus.SUBMITTED) && random.nextInt(10) == 0) {
            publishAt = now.plus(Duration.ofDays(1)).plusSeconds(random.nextLong(Duration.ofDays(30).toSeconds()));
        }
        Instant updated = archived != null ? archived : decided != null ? decided : submitted != null ? submitted
                : after(created, Duration.ZERO, Duration.ofDays(2), random);

        String topic = Prose.topic(random);
        String title = Prose.title(type, organisation.country(), topic, random);
        String slug = Slugs.fromTitle(title, 100) + "-" + (index + 1);
        String language = random.nextInt(10) < 8 ? "en" : pick(organisation.languages(), random);
        TreeSet<String> tags = Prose.tags(random);
        String comment = status == PostStatus.CHANGES_REQUESTED || status == PostStatus.REJECTED ? Prose.moderatorComment(random) : null;
        return new PostPlan(index, organisation, author, moderator, type, status, title, slug, topic, language, tags,
                created, submitted, decided, archived, publishAt, publishedAt, updated, comment,
                featuredImage(index, organisation));
    }

    private Object[] postRow(PostPlan plan) {
        SplittableRandom random = random(BODY_STREAM, plan.index());
        Country country = plan.organisation().country();
        // Bodies end at most one paragraph (about 1.5 KB) after the target, so they stay within 2 to 20 KB.
        int length = 2_048 + random.nextInt(16 * 1_024);
        String body = Prose.markdownBody(plan.type(), plan.topic(), country, length, random);
        LocalDateTime eventStart = null;
        LocalDateTime eventEnd = null;
        String eventLocation = null;
        if (plan.type() == PostType.EVENT) {
            Instant announced = plan.publishedAt() != null ? plan.publishedAt() : plan.created();
            eventStart = LocalDateTime.ofInstant(announced, ZoneOffset.UTC).plusDays(7 + random.nextInt(84))
                    .truncatedTo(ChronoUnit.DAYS).withHour(9 + random.nextInt(8));
            eventEnd = random.nextInt(4) == 0 ? eventStart.plusDays(1 + random.nextInt(2)) : eventStart.plusHours(2 + random.nextInt(6));
            eventLocation = random.nextInt(5) == 0 ? "Online" : country.city() + ", " + country.name();
        }
        Instant announcedAt = plan.isPublicNow(now) ? plan.publishedAt() : null;
        return new Object[] {plan.organisation().id(), plan.author().id(), plan.author().displayName(), plan.slug(),
                plan.type().name(), plan.title(), Prose.summary(plan.topic(), country, random), body, plan.language(),
                String.join(",", plan.tags()), eventStart, eventEnd, eventLocation, null, plan.publishAt(),
                plan.publishedAt(), plan.status().name(), plan.submitted(), plan.created(), plan.updated(), 0L, announcedAt,
                plan.featuredImage()};
    }

    /** Inserts the posts and returns their ids by slug. */
    private Map<String, Long> posts() {
        Long before = jdbc.queryForObject("select coalesce(max(id), 0) from post", Long.class);
        insert.rows("post", List.of(number("organisation_id"), number("author_account_id"), text("author_name"),
                text("slug"), text("type"), text("title"), text("summary"), text("body"), text("language"), text("tags"),
                time("event_start"), time("event_end"), text("event_location"), text("attachment"), time("publish_at"),
                time("published_at"), text("status"), time("submitted_at"), time("created_at"), time("updated_at"),
                number("version"), time("announced_at"), text("featured_image")), properties.posts(),
                IntStream.range(0, properties.posts()).mapToObj(this::plan).map(this::postRow));
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, slug from post where id > ?", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        }, before);
        return ids;
    }

    /** Each post's tags as rows of post_tag, as the Post entity keeps them. */
    private void postTags(Map<String, Long> postIds) {
        insert.rows("post_tag", List.of(number("post_id"), text("tag")), properties.posts() * 3L,
                IntStream.range(0, properties.posts()).mapToObj(this::plan)
                        .flatMap(plan -> plan.tags().stream().map(tag -> new Object[] {postIds.get(plan.slug()), tag})));
    }

    /** The images each post's content uses, as rows of post_image (what tells the portal an image is public). */
    private void postImages(Map<String, Long> postIds) {
        insert.rows("post_image", List.of(number("post_id"), text("image_key")), properties.posts(),
                IntStream.range(0, properties.posts()).mapToObj(this::plan).filter(plan -> plan.featuredImage() != null)
                        .map(plan -> new Object[] {postIds.get(plan.slug()), plan.featuredImage()}));
    }

    // --- moderation history ----------------------------------------------------------------------------------

    /** The workflow steps each post took to reach its state, as {@code Post.perform} records them. */
    private int moderationEvents(Map<String, Long> postIds) {
        int[] written = {0};
        Stream<Object[]> rows = IntStream.range(0, properties.posts()).mapToObj(this::plan).flatMap(plan -> {
            Long id = postIds.get(plan.slug());
            List<Object[]> steps = new ArrayList<>(3);
            if (plan.submitted() != null) {
                steps.add(step(id, plan, plan.author(), WorkflowAction.SUBMIT, PostStatus.DRAFT, PostStatus.SUBMITTED,
                        null, plan.submitted()));
            }
            switch (plan.status()) {
                case PUBLISHED, ARCHIVED -> steps.add(step(id, plan, plan.moderator(), WorkflowAction.APPROVE,
                        PostStatus.SUBMITTED, PostStatus.PUBLISHED, null, plan.decided()));
                case CHANGES_REQUESTED -> steps.add(step(id, plan, plan.moderator(), WorkflowAction.REQUEST_CHANGES,
                        PostStatus.SUBMITTED, PostStatus.CHANGES_REQUESTED, plan.comment(), plan.decided()));
                case REJECTED -> steps.add(step(id, plan, plan.moderator(), WorkflowAction.REJECT, PostStatus.SUBMITTED,
                        PostStatus.REJECTED, plan.comment(), plan.decided()));
                default -> {
                }
            }
            if (plan.archived() != null) {
                steps.add(step(id, plan, plan.author(), WorkflowAction.ARCHIVE, PostStatus.PUBLISHED, PostStatus.ARCHIVED,
                        null, plan.archived()));
            }
            written[0] += steps.size();
            return steps.stream();
        });
        insert.rows("moderation_event", List.of(text("item_type"), number("item_id"), number("organisation_id"),
                number("actor_account_id"), text("actor_name"), text("action"), text("from_state"), text("to_state"),
                text("comment"), time("occurred_at")), properties.posts() * 2L, rows);
        return written[0];
    }

    private static Object[] step(Long postId, PostPlan plan, Person actor, WorkflowAction action, PostStatus from,
                                 PostStatus to, String comment, Instant at) {
        return new Object[] {ItemType.POST.name(), postId, plan.organisation().id(), actor.id(), actor.displayName(),
                action.name(), from.name(), to.name(), comment, at};
    }

    // --- audit log -------------------------------------------------------------------------------------------

    private void auditEvents() {
        insert.rows("audit_event", List.of(number("actor_account_id"), text("actor_name"), text("action"),
                text("target_type"), text("target_id"), number("organisation_id"), text("summary"), time("occurred_at")),
                properties.auditEvents(), IntStream.range(0, properties.auditEvents()).mapToObj(this::auditRow));
    }

    /** Sign-ins dominate the log, then the work on posts; recent months are busier than old years. */
    private Object[] auditRow(int index) {
        SplittableRandom random = random(AUDIT_STREAM, index);
        double age = random.nextDouble();
        Instant at = now.minusSeconds((long) (EIGHT_YEARS.toSeconds() * age * age));
        int roll = random.nextInt(100);
        if (roll < 46) {
            Person person = pick(people, random);
            boolean failed = roll >= 40;
            return new Object[] {null, person.username(), failed ? "login.failed" : "login.success", "account",
                    person.username(), person.organisationId(), failed ? "wrong password" : "local account", at};
        }
        if (roll < 90 && properties.posts() > 0) {
            PostPlan plan = plan(random.nextInt(properties.posts()));
            String action = roll < 56 ? "post.create" : roll < 68 ? "post.edit" : roll < 76 ? "post.submit"
                    : roll < 83 ? "post.approve" : roll < 85 ? "post.request_changes" : roll < 86 ? "post.reject"
                    : "post.public";
            boolean bySecretariat = action.equals("post.approve") || action.equals("post.request_changes")
                    || action.equals("post.reject");
            Person actor = bySecretariat ? plan.moderator() : plan.author();
            String summary = action.equals("post.public") ? "public since " + (plan.publishedAt() != null ? plan.publishedAt() : plan.created())
                    : bySecretariat ? "SUBMITTED -> " + (action.equals("post.approve") ? "PUBLISHED"
                    : action.equals("post.reject") ? "REJECTED" : "CHANGES_REQUESTED") : plan.title();
            return action.equals("post.public")
                    ? new Object[] {null, "system", action, "post", plan.slug(), plan.organisation().id(), summary, at}
                    : new Object[] {actor.id(), actor.username(), action, "post", plan.slug(), plan.organisation().id(), summary, at};
        }
        Organisation organisation = pick(organisations, random);
        if (roll < 95) {
            Person editor = pick(authorsByOrganisation.get(organisation.id()), random);
            return new Object[] {editor.id(), editor.username(), "profile.propose", "organisation", organisation.slug(),
                    organisation.id(), "profile change sent for review", at};
        }
        Person administrator = pick(administrators, random);
        Person account = pick(people, random);
        return switch (roll % 3) {
            case 0 -> new Object[] {administrator.id(), administrator.username(), "account.create", "account", account.username(),
                    account.organisationId(), "role " + account.role(), at};
            case 1 -> new Object[] {account.id(), account.username(), "account.change_password", "account", account.username(),
                    account.organisationId(), null, at};
            default -> new Object[] {administrator.id(), administrator.username(), "organisation.edit", "organisation",
                    organisation.slug(), organisation.id(), "contact details corrected", at};
        };
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static String unique(String slug, Set<String> taken) {
        String candidate = slug;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    private Map<String, Long> idsBy(String table, String column, List<String> values) {
        Map<String, Long> ids = new HashMap<>();
        Set<String> wanted = new HashSet<>(values);
        jdbc.query("select id, " + column + " from " + table, rs -> {
            if (wanted.contains(rs.getString(2))) {
                ids.put(rs.getString(2), rs.getLong(1));
            }
        });
        return ids;
    }
}
