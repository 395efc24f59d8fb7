package org.lastrada.portal.secretariat.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.SecretariatTestApplication;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationKind;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The queue with 100,000 posts in the database: a page is one indexed query returning the oldest waiting
 * items, not a scan of all posts. Runs on H2 and, in CI, on MariaDB.
 */
@SpringBootTest(classes = SecretariatTestApplication.class)
class ModerationQueueScaleTest {

    private static final int POSTS = 100_000;
    private static final int WAITING = 1_000;

    @Autowired JdbcClient jdbc;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired ModerationQueue queue;

    private MemberOrganisation organisation;

    @BeforeEach
    void fillTheDatabase() {
        organisation = organisations.save(new MemberOrganisation("scale-" + UUID.randomUUID().toString().substring(0, 8),
                OrganisationKind.MEMBER, "RO", new OrganisationProfile("Scale Test", "Iasi"), Instant.now()));
        LocalDateTime base = LocalDateTime.of(2020, 1, 1, 0, 0);
        for (int start = 0; start < POSTS; start += 1000) {
            StringJoiner rows = new StringJoiner(",");
            for (int i = start; i < start + 1000; i++) {
                boolean waiting = i % (POSTS / WAITING) == 0;
                rows.add(String.format(Locale.ROOT, "(%d, 'Scale', '%s', 'NEWS', 'Post %d', 'en', '', '%s', %s, %s, '%s', '%s', 0)",
                        organisation.getId(), organisation.getSlug() + "-" + i, i, waiting ? "SUBMITTED" : "PUBLISHED",
                        waiting ? "'" + base.plusMinutes(i) + "'" : "null", waiting ? "null" : "'" + base.plusMinutes(i) + "'",
                        base.plusMinutes(i), base.plusMinutes(i)));
            }
            jdbc.sql("insert into post (organisation_id, author_name, slug, type, title, language, tags, status, submitted_at, "
                    + "published_at, created_at, updated_at, version) values " + rows).update();
        }
        Actor moderator = new Actor(null, "scale-moderator", "Scale Moderator", Role.MODERATOR, null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(moderator, null,
                List.of(new SimpleGrantedAuthority(Role.MODERATOR.authority()))));
    }

    @AfterEach
    void emptyTheDatabase() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from post where organisation_id = :id").param("id", organisation.getId()).update();
        organisations.deleteById(organisation.getId());
    }

    @Test
    void aPageOfTheQueueIsTheOldestWaitingItemsReadThroughTheIndex() {
        List<ModerationQueue.Item> page = queue.page(new ModerationQueue.Filter(ModerationQueue.Kind.POST, organisation.getSlug(), null),
                0, 50);
        assertThat(page).hasSize(50);
        assertThat(page.get(0).title()).isEqualTo("Post 0");
        assertThat(page).isSortedAccordingTo((a, b) -> a.submittedAt().compareTo(b.submittedAt()));
        assertThat(queue.count(new ModerationQueue.Filter(ModerationQueue.Kind.POST, organisation.getSlug(), null))).isEqualTo(WAITING);

        // A later page continues the first ones exactly, with every kind and a language in the filter too.
        ModerationQueue.Filter everyKind = new ModerationQueue.Filter(null, organisation.getSlug(), "en");
        List<ModerationQueue.Item> first60 = queue.page(everyKind, 0, 60);
        assertThat(first60).hasSize(60);
        assertThat(queue.page(everyKind, 40, 20)).containsExactlyElementsOf(first60.subList(40, 60));
        assertThat(queue.count(everyKind)).isEqualTo(WAITING);
        assertThat(queue.page(new ModerationQueue.Filter(null, organisation.getSlug(), "de"), 0, 50)).isEmpty();

        String plan = jdbc.sql("explain select p.id from post p where p.status = 'SUBMITTED' order by p.submitted_at, p.id limit 50")
                .query().listOfRows().stream().map(Map::toString).reduce("", String::concat).toLowerCase(Locale.ROOT);
        assertThat(plan).as("query plan").contains("ix_post_status");
    }
}
