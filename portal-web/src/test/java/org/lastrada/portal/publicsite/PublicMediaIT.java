package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.media.MediaImage;
import org.lastrada.portal.shared.media.MediaLibrary;
import org.lastrada.portal.shared.TestImages;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Library images on the public site over real HTTP: a post's featured image on its page (with its variants, size and
 * alt text, and as its Open Graph image) and in lists, images in its text; an image is served, cacheable for good,
 * only while a public post shows it; the workspace's addresses need signing in.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.jpa.properties.hibernate.generate_statistics=true") // as PublicSiteIT: one application context
@ActiveProfiles("test")
class PublicMediaIT {

    @LocalServerPort int port;
    @Autowired MediaLibrary media;
    @Autowired PostSteps postSteps;
    @Autowired AccountRepository accounts;
    @Autowired MemberOrganisationRepository organisations;

    private final SiteVisitor site = new SiteVisitor(() -> port);

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void aPublishedPostShowsItsImagesWhichAreThenPublicAndCachedForGood() {
        Actor editor = Fixtures.signIn(accounts.findByUsername("poland.editor").orElseThrow().asActor());
        MediaImage photo = described(media.upload(editor.organisationId(), "shelter.jpg", TestImages.jpeg(2400, 1600)),
                "Volunteers at the shelter in Warsaw");
        MediaImage chart = described(media.upload(editor.organisationId(), "chart.png", TestImages.png(900, 600, true)), "Calls to the helpline by month");
        MediaImage unused = described(media.upload(editor.organisationId(), "unused.jpg", TestImages.jpeg(500, 500)), "Not used anywhere");
        PostContent content = new PostContent(PostType.NEWS, "Shelter opens its doors " + Fixtures.uniqueSlug("media"), "en");
        content.setSummary("A new shelter for survivors.");
        content.setBody("The shelter opened this week.\n\n" + chart.asMarkdown() + "\n\nRead more below.");
        content.setFeaturedImage(photo.getKey());
        Post post = postSteps.createDraft(editor.organisationId(), content, null);
        String photoUrl = "/media/" + photo.getKey() + "-960.jpg";

        assertThat(site.get(photoUrl).statusCode()).as("not public while the post is a draft").isEqualTo(404);

        postSteps.perform(post.getId(), WorkflowAction.SUBMIT, null);
        Fixtures.signIn(accounts.findByUsername("moderator").orElseThrow().asActor());
        postSteps.perform(post.getId(), WorkflowAction.APPROVE, null);

        Document page = site.page("/news/" + post.getSlug());
        Element featured = page.selectFirst("article img.featured-image");
        assertThat(featured.attr("src")).isEqualTo(photoUrl);
        assertThat(featured.attr("srcset")).contains(photo.getKey() + "-480.jpg 480w", photo.getKey() + "-1600.jpg 1600w");
        assertThat(featured.attr("width")).isEqualTo("960");
        assertThat(featured.attr("height")).isEqualTo("640");
        assertThat(featured.attr("alt")).isEqualTo("Volunteers at the shelter in Warsaw");
        Element inText = page.selectFirst("article div img");
        assertThat(inText.attr("src")).isEqualTo("/media/" + chart.getKey() + "-900.png");
        assertThat(inText.attr("alt")).isEqualTo("Calls to the helpline by month");
        assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("http://localhost:" + port + "/media/" + photo.getKey() + "-1600.jpg");
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1600");
        assertThat(page.selectFirst("meta[name=twitter:image:alt]").attr("content")).isEqualTo("Volunteers at the shelter in Warsaw");

        Element card = site.page("/news").selectFirst("ul.post-list li:has(a[href=/news/" + post.getSlug() + "])");
        assertThat(card.selectFirst("img.card-image").attr("src")).isEqualTo("/media/" + photo.getKey() + "-480.jpg");

        HttpResponse<byte[]> image = site.sendBytes(HttpRequest.newBuilder(site.uri(photoUrl)).build());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(image.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("immutable", "public"));
        assertThat(image.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(TestImages.decode(image.body()).getWidth()).isEqualTo(960);
        assertThat(site.get("/media/" + chart.getKey() + "-900.png").headers().firstValue("Content-Type")).hasValue("image/png");

        assertThat(site.get("/media/" + unused.getKey() + "-480.jpg").statusCode()).as("used by no public post").isEqualTo(404);
        assertThat(site.get("/media/" + photo.getKey() + "-123.jpg").statusCode()).as("no such variant").isEqualTo(404);
        assertThat(site.get("/media/..%2F..%2Fetc%2Fpasswd").statusCode()).as("refused by the firewall or not found").isIn(400, 404);
        assertThat(site.get("/workspace-media/" + photo.getKey() + "-480.jpg").statusCode()).as("the workspace's copy needs signing in")
                .isNotEqualTo(200);
    }

    private MediaImage described(MediaImage image, String alt) {
        return media.describe(image.getId(), alt, false);
    }
}
