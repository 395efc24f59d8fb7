package org.lastrada.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.accounts.Account;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.media.MediaLibrary;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.posts.PublicPostAddress;
import org.lastrada.portal.shared.posts.PublicPostSelection;
import org.lastrada.portal.shared.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The large-network generator at a small scale: it runs when the application starts, and what it writes with plain
 * JDBC reads back through shared-model's entities, repositories and public-list queries, which the portal serves from.
 * Always on an in-memory H2 database of its own, so the generated rows never meet other tests.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:lsi-large-network-test;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "portal.large-network.organisations=6", "portal.large-network.posts=400",
        "portal.large-network.accounts=60", "portal.large-network.audit-events=3000",
        "portal.large-network.batch-size=64",
        "portal.uploads.directory=${java.io.tmpdir}/lsi-large-network-test-${random.uuid}"})
class LargeNetworkGeneratorTest {

    private static final String GENERATED_POSTS = """
            select p.slug from post p join account a on a.id = p.author_account_id
            join member_organisation o on o.id = p.organisation_id
            where a.username like 'bench.%' and p.status = ? and o.status = ? order by p.id""";

    @Autowired LargeNetworkGenerator generator;
    @Autowired JdbcTemplate jdbc;
    @Autowired PostRepository posts;
    @Autowired AccountRepository accounts;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;
    @Autowired MediaLibrary media;

    @Test
    void writesTheConfiguredNumbersOfRows() {
        assertThat(generator.getExitCode()).isZero();
        assertThat(count("select count(*) from account where username like 'bench.%'")).isEqualTo(60);
        assertThat(count("select count(*) from post p join account a on a.id = p.author_account_id where a.username like 'bench.%'"))
                .isEqualTo(400);
        assertThat(count("select count(*) from audit_event")).isGreaterThanOrEqualTo(3000);
        assertThat(count("select count(*) from moderation_event")).isGreaterThan(400);
        assertThat(count("select count(distinct slug) from post")).isEqualTo(count("select count(*) from post"));
        assertThat(count("select count(distinct status) from post p join account a on a.id = p.author_account_id "
                + "where a.username like 'bench.%'")).isEqualTo(PostStatus.values().length);
        assertThat(count("select count(distinct type) from post")).isEqualTo(PostType.values().length);
        assertThat(count("select count(*) from member_organisation where status = 'SUSPENDED'")).isEqualTo(1);
        assertThat(count("select count(*) from member_organisation where kind = 'SECRETARIAT'")).isEqualTo(1);
    }

    @Test
    void aPublishedPostOfAnActiveOrganisationIsPublicWithItsBodyTagsAndMoments() {
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            Post post = jdbc.queryForList(GENERATED_POSTS, String.class, "PUBLISHED", "ACTIVE").stream()
                    .flatMap(slug -> posts.findPublicBySlug(slug, now).stream()).findFirst().orElseThrow();
            assertThat(post.getContent().getBody().length()).isBetween(2_048, 20_480);
            assertThat(post.getContent().getBody()).contains("## ");
            assertThat(post.getContent().getTags()).isNotEmpty().allSatisfy(tag -> assertThat(tag).matches("[a-z0-9-]+"));
            assertThat(post.getPublishedAt()).isBefore(now).isAfter(now.minus(9 * 366, ChronoUnit.DAYS));

            List<Long> itsOrganisation = List.of(post.getOrganisation().getId());
            assertThat(posts.countPublic(now, new PublicPostSelection(itsOrganisation, null, null, null, null))).isPositive();
            String tag = post.getContent().getTags().iterator().next();
            assertThat(slugs(posts.findPublicAddresses(now, new PublicPostSelection(itsOrganisation, null, null, null, tag), PageRequest.of(0, 100))))
                    .as("the tag list reads the generated post_tag rows").contains(post.getSlug());
        });
    }

    @Test
    void draftsEmbargoedPostsAndPostsOfSuspendedOrganisationsStayPrivate() {
        Instant now = clock.instant();
        List<String> drafts = jdbc.queryForList(GENERATED_POSTS, String.class, "DRAFT", "ACTIVE");
        List<String> suspended = jdbc.queryForList(GENERATED_POSTS, String.class, "PUBLISHED", "SUSPENDED");
        List<String> embargoed = jdbc.queryForList("select slug from post where status = 'PUBLISHED' and published_at > ?",
                String.class, LocalDateTime.ofInstant(now, ZoneOffset.UTC).plusMinutes(1));
        assertThat(drafts).isNotEmpty();
        assertThat(suspended).isNotEmpty();
        assertThat(embargoed).isNotEmpty();
        assertThat(drafts.stream().filter(slug -> posts.findPublicBySlug(slug, now).isPresent())).isEmpty();
        assertThat(suspended.stream().filter(slug -> posts.findPublicBySlug(slug, now).isPresent())).isEmpty();
        assertThat(embargoed.stream().filter(slug -> posts.findPublicBySlug(slug, now).isPresent())).isEmpty();

        // The network's news list as the portal selects it: every organisation but the inactive ones.
        List<Long> inactive = organisations.findListKeys().stream().filter(key -> !key.active())
                .map(MemberOrganisationRepository.ListKey::id).toList();
        PublicPostSelection network = new PublicPostSelection(null, inactive, null, null, null);
        List<String> listed = slugs(posts.findPublicAddresses(now, network, PageRequest.of(0, 1_000)));
        assertThat(listed).hasSize((int) posts.countPublic(now, network)).isNotEmpty()
                .doesNotContainAnyElementsOf(drafts).doesNotContainAnyElementsOf(suspended).doesNotContainAnyElementsOf(embargoed);
    }

    @Test
    void everyGeneratedRowReadsBackThroughTheEntities() {
        transactions.executeWithoutResult(status -> {
            List<Post> all = posts.findAll();
            assertThat(all).hasSizeGreaterThanOrEqualTo(400);
            assertThat(all).filteredOn(p -> p.getType() == PostType.EVENT).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.getContent().getEventStart()).isNotNull());
            assertThat(organisations.findAll()).extracting(MemberOrganisation::getName).doesNotContainNull();
        });
        assertThat(organisations.findByStatusOrderByProfileNameAsc(OrganisationStatus.ACTIVE)).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aShareOfThePostsShowsAPictureOfItsOwnLibraryServedOnceThePostIsPublic() {
        assertThat(count("select count(*) from media_image")).as("3 pictures in each of the 6 libraries").isEqualTo(18);
        long generated = count("select count(*) from post p join account a on a.id = p.author_account_id where a.username like 'bench.%'");
        long featured = count("select count(*) from post where featured_image is not null");
        assertThat(featured).isBetween(generated * 25 / 100, generated * 55 / 100);
        assertThat(count("select count(*) from post p join media_image m on m.image_key = p.featured_image "
                + "and m.organisation_id = p.organisation_id")).as("each from its own organisation's library").isEqualTo(featured);
        assertThat(count("select count(*) from post_image")).isEqualTo(featured);

        Instant now = clock.instant();
        String publicPicture = jdbc.queryForList("select p.featured_image from post p join member_organisation o on o.id = p.organisation_id "
                + "where p.featured_image is not null and p.status = 'PUBLISHED' and o.status = 'ACTIVE' and p.published_at < ?",
                String.class, LocalDateTime.ofInstant(now, ZoneOffset.UTC)).get(0);
        assertThat(posts.isImagePublic(publicPicture, now)).isTrue();
        assertThat(media.publicFile(publicPicture, 960)).as("its variants are on disk").get()
                .satisfies(jpeg -> assertThat(jpeg.length).isGreaterThan(10_000));
        assertThat(jdbc.queryForObject("select alt_text from media_image where image_key = ?", String.class, publicPicture))
                .startsWith("Staff of ");
    }

    @Test
    void generatedAccountsSignInWithTheConfiguredPassword() {
        Account editor = accounts.findByUsername("bench.editor.0001").orElseThrow();
        assertThat(editor.getRole()).isEqualTo(Role.EDITOR);
        assertThat(editor.getOrganisation()).isNotNull();
        assertThat(passwordEncoder.matches("Strada-Demo-2026", editor.getPasswordHash())).isTrue();
        assertThat(accounts.findByUsername("bench.moderator.0001").orElseThrow().getRole()).isEqualTo(Role.MODERATOR);
        assertThat(accounts.findByUsername("bench.admin.0001").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
        assertThat(accounts.findByUsername("bench.org-admin.0001").orElseThrow().getRole()).isEqualTo(Role.ORG_ADMIN);
    }

    @Test
    void refusesToGenerateASecondTimeAndExitsWithItsOwnStatus(@Autowired PlatformTransactionManager transactionManager,
                                                             @Autowired LargeNetworkProperties properties) {
        long postsBefore = count("select count(*) from post");
        assertThatThrownBy(generator::generate).isInstanceOf(LargeNetworkGenerator.Refused.class)
                .hasMessageContaining("already holds a generated large network");

        LargeNetworkGenerator secondRun = new LargeNetworkGenerator(jdbc, transactionManager, passwordEncoder, properties, clock,
                media, organisations);
        secondRun.run(new DefaultApplicationArguments());
        assertThat(secondRun.getExitCode()).as("deploy/load/lib.sh tells a refusal by this status")
                .isEqualTo(LargeNetworkGenerator.REFUSED);
        assertThat(count("select count(*) from post")).isEqualTo(postsBefore);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static List<String> slugs(List<PublicPostAddress> addresses) {
        return addresses.stream().map(PublicPostAddress::slug).toList();
    }
}
