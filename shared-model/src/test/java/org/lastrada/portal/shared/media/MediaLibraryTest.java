package org.lastrada.portal.shared.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.TestImages;
import org.lastrada.portal.shared.Fixtures;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.audit.AuditEventRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * An organisation's media library: uploads stored once as variants, described before any post may show them, public
 * only while a public post uses them, never deleted while used, kept by the organisation's own staff only; and a
 * storage that cannot be written leaves no row behind.
 */
@Tag("database")
@SpringBootTest(classes = SharedModelTestApplication.class, properties = "portal.uploads.directory=target/media-library-test")
class MediaLibraryTest {

    private static final Path MEDIA = Path.of("target/media-library-test/media");

    @Autowired MediaLibrary media;
    @Autowired MediaImageRepository images;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired PostRepository posts;
    @Autowired PostSteps postSteps;
    @Autowired AuditEventRepository auditEvents;

    private MemberOrganisation member;
    private MemberOrganisation other;

    @BeforeEach
    void twoMembers() {
        member = Fixtures.newMember(organisations);
        other = Fixtures.newMember(organisations);
        Fixtures.signIn(Fixtures.actor(Role.EDITOR, member.getId()));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void anUploadIsStoredOnceAsVariantsAndTheSameFileAgainIsTheSameImage() {
        byte[] photo = TestImages.jpeg(2000, 1000);

        MediaImage image = media.upload(member.getId(), "office.jpg", photo);

        assertThat(image.getOriginalName()).isEqualTo("office.jpg");
        assertThat(image.variantWidths()).containsExactly(480, 960, 1600);
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(800);
        assertThat(image.isDescribed()).isFalse();
        for (int width : image.variantWidths()) {
            assertThat(MEDIA.resolve(image.getKey() + "-" + width + ".jpg")).exists();
        }
        assertThat(media.upload(member.getId(), "office-copy.jpg", photo).getId()).isEqualTo(image.getId());
        assertThat(media.list(member.getId())).extracting(MediaImage::getId).containsExactly(image.getId());
        assertThat(media.choices(member.getId())).isEmpty(); // not described yet
    }

    @Test
    void anImageNeedsADescriptionOrToBeMarkedDecorative() {
        MediaImage image = media.upload(member.getId(), "team.png", TestImages.png(600, 400, false));

        assertThatThrownBy(() -> media.describe(image.getId(), "   ", false))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.field()).isEqualTo("altText"));
        assertThatThrownBy(() -> media.describe(image.getId(), "x".repeat(251), false)).isInstanceOf(InvalidInputException.class);
        assertThat(images.findById(image.getId()).orElseThrow().isDescribed()).isFalse();

        assertThat(media.describe(image.getId(), "The team at the helpline office", false).alt()).isEqualTo("The team at the helpline office");
        MediaImage decorative = media.describe(image.getId(), "ignored", true);
        assertThat(decorative.alt()).isEmpty();
        assertThat(decorative.isDescribed()).isTrue();
        assertThat(media.choices(member.getId())).extracting(MediaImage::getId).containsExactly(image.getId());
    }

    @Test
    void aPostMayShowOnlyDescribedImagesOfItsOwnOrganisation() {
        MediaImage undescribed = media.upload(member.getId(), "a.jpg", TestImages.jpeg(500, 300));
        Fixtures.signIn(Fixtures.actor(Role.EDITOR, other.getId()));
        MediaImage othersImage = describedUpload(other, "b.jpg", TestImages.jpeg(510, 300));
        Fixtures.signIn(Fixtures.actor(Role.EDITOR, member.getId()));

        PostContent featuringUndescribed = Fixtures.content("With an image");
        featuringUndescribed.setFeaturedImage(undescribed.getKey());
        assertThatThrownBy(() -> media.requireUsable(member.getId(), featuringUndescribed))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("featuredImage");
                    assertThat(refusal.reason().key()).isEqualTo("workspace.refusal.media.undescribed");
                });
        PostContent showingAnothers = Fixtures.content("With another organisation's image");
        showingAnothers.setBody("Text\n\n" + othersImage.asMarkdown());
        assertThatThrownBy(() -> media.requireUsable(member.getId(), showingAnothers))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("body");
                    assertThat(refusal.reason().key()).isEqualTo("workspace.refusal.media.not-in-library");
                });
    }

    @Test
    void anImageIsPublicOnlyWhileAPublicPostShowsItAndCannotBeDeletedWhileUsed() {
        MediaImage image = describedUpload(member, "rally.jpg", TestImages.jpeg(800, 600));
        PostContent content = Fixtures.content("Rally in Warsaw");
        content.setBody("We were there.\n\n" + image.asMarkdown());
        Post post = postSteps.createDraft(member.getId(), content, null);

        assertThat(posts.isImagePublic(image.getKey(), java.time.Instant.now())).isFalse();
        assertThat(media.usage(image.getId())).extracting(MediaUse::postId).containsExactly(post.getId());
        long auditRows = auditEvents.count();
        assertThatThrownBy(() -> media.delete(image.getId()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.reason().key()).isEqualTo("workspace.refusal.media.in-use"));
        assertThat(images.findById(image.getId())).isPresent();
        assertThat(MEDIA.resolve(image.getKey() + "-480.jpg")).exists();
        assertThat(auditEvents.count()).isEqualTo(auditRows);

        postSteps.perform(post.getId(), WorkflowAction.SUBMIT, null);
        Fixtures.signIn(Fixtures.actor(Role.MODERATOR, null));
        postSteps.perform(post.getId(), WorkflowAction.APPROVE, null);
        assertThat(posts.isImagePublic(image.getKey(), java.time.Instant.now())).isTrue();

        postSteps.perform(post.getId(), WorkflowAction.TAKE_DOWN, "Outdated");
        assertThat(posts.isImagePublic(image.getKey(), java.time.Instant.now())).isFalse();
    }

    @Test
    void anUnusedImageIsDeletedWithItsFiles() {
        MediaImage image = media.upload(member.getId(), "old.jpg", TestImages.jpeg(600, 400));

        media.delete(image.getId());

        assertThat(images.findById(image.getId())).isEmpty();
        assertThat(MEDIA.resolve(image.getKey() + "-480.jpg")).doesNotExist();
        assertThat(MEDIA.resolve(image.getKey() + "-600.jpg")).doesNotExist();
    }

    @Test
    void anotherOrganisationsStaffAreRefusedAndNothingChanges() {
        MediaImage image = describedUpload(member, "ours.jpg", TestImages.jpeg(640, 480));
        long auditRows = auditEvents.count();
        Fixtures.signIn(Fixtures.actor(Role.ORG_ADMIN, other.getId()));

        assertThatThrownBy(() -> media.list(member.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> media.upload(member.getId(), "x.jpg", TestImages.jpeg(300, 200))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> media.describe(image.getId(), "Changed", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> media.delete(image.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(media.workspaceFile(image.getKey(), 480)).isEmpty();
        assertThat(media.find(image.getKey())).isEmpty();

        MediaImage unchanged = images.findById(image.getId()).orElseThrow();
        assertThat(unchanged.getAltText()).isEqualTo("Described");
        assertThat(images.findByOrganisationIdOrderByUploadedAtDescIdDesc(member.getId())).hasSize(1);
        assertThat(auditEvents.count()).isEqualTo(auditRows);

        // The secretariat reviews what members publish: it sees every library, and keeps only its own.
        Fixtures.signIn(Fixtures.actor(Role.MODERATOR, null));
        assertThat(media.workspaceFile(image.getKey(), 480)).isPresent();
        assertThat(media.list(member.getId())).hasSize(1);
        assertThatThrownBy(() -> media.describe(image.getId(), "Changed", false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStorageThatCannotBeWrittenRefusesTheUploadAndLeavesNoRow() throws IOException {
        Path aside = MEDIA.resolveSibling("media-aside");
        Files.createDirectories(MEDIA);
        Files.move(MEDIA, aside);
        Files.writeString(MEDIA, "not a folder: as unwritable as a full or read-only disk");
        try {
            assertThatThrownBy(() -> media.upload(member.getId(), "full.jpg", TestImages.jpeg(700, 500)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            refusal -> assertThat(refusal.reason().key()).isEqualTo("workspace.refusal.media.storage"));
            assertThat(images.findByOrganisationIdOrderByUploadedAtDescIdDesc(member.getId())).isEmpty();
        } finally {
            Files.delete(MEDIA);
            Files.move(aside, MEDIA);
        }
    }

    private MediaImage describedUpload(MemberOrganisation owner, String name, byte[] bytes) {
        MediaImage image = media.upload(owner.getId(), name, bytes);
        return media.describe(image.getId(), "Described", false);
    }
}
