package org.lastrada.portal.members.profile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.members.profile.ProfileProposals;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.shared.profiles.ProfileRevisionRepository;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.workflow.RevisionStatus;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A member editor changes the profile; the change waits for review and the live profile stays. */
class ProfileViewTest extends ViewTest {

    @Autowired AccountRepository accounts;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired ProfileRevisionRepository revisions;
    @Autowired ProfileProposals profileProposals;

    private MemberOrganisation bulgaria;

    @BeforeEach
    void signIn() {
        bulgaria = organisations.findBySlug("la-strada-bulgaria").orElseThrow();
        revisions.findByOpenForOrganisationId(bulgaria.getId()).ifPresent(revisions::delete);
        Actor editor = accounts.findByUsername("bulgaria.editor").orElseThrow().asActor();
        login(editor);
        NotificationsKt.clearNotifications();
        UI.getCurrent().navigate("workspace/organisation");
    }

    @Test
    void editorChangesDescriptionAndServicesAndTheChangeWaitsForReview() {
        ProfileView view = _get(ProfileView.class);
        String liveDescription = bulgaria.getProfile().getShortDescription();
        view.shortDescription.setValue("Shelter and psychological support in Sofia.");
        view.services.setValue(Set.of(ServiceArea.SHELTER, ServiceArea.PSYCHOLOGICAL_SUPPORT, ServiceArea.EDUCATION));
        _click(_get(Button.class, spec -> spec.withText("Send changes for review")));

        var revision = revisions.findByOpenForOrganisationId(bulgaria.getId()).orElseThrow();
        assertThat(revision.getStatus()).isEqualTo(RevisionStatus.SUBMITTED);
        assertThat(revision.getProposed().getShortDescription()).isEqualTo("Shelter and psychological support in Sofia.");
        assertThat(revision.getProposed().getServices()).contains(ServiceArea.EDUCATION);
        assertThat(organisations.findById(bulgaria.getId()).orElseThrow().getProfile().getShortDescription()).isEqualTo(liveDescription);
        assertThat(view.reviewState.getText()).contains("submitted").contains("the public still sees the live profile");
    }

    @Test
    void previewRendersTheFormAsThePublicWillSeeIt() {
        ProfileView view = _get(ProfileView.class);
        view.longDescription.setValue("We run a **shelter**.\n\n<script>alert(1)</script>");
        String html = view.preview.getChildren().reduce((a, b) -> b).orElseThrow().getElement().getProperty("innerHTML");
        assertThat(html).contains("<strong>shelter</strong>", "Sofia, Bulgaria").doesNotContain("<script");
    }

    @Test
    void disguisedLogoUploadIsRefusedWithTheReason() {
        ProfileView view = _get(ProfileView.class);
        view.receiveLogo("<svg onload=alert(1)></svg>".getBytes());

        assertThat(view.logoMessage.isVisible()).isTrue();
        assertThat(view.logoMessage.getText()).contains("not a PNG, JPEG or WebP image");
        _click(_get(Button.class, spec -> spec.withText("Send changes for review")));
        assertThat(revisions.findByOpenForOrganisationId(bulgaria.getId()).orElseThrow().getProposed().getLogo()).isNull();
    }

    @Test
    void realLogoIsScaledShownInThePreviewAndProposed() throws Exception {
        ProfileView view = _get(ProfileView.class);
        BufferedImage image = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        view.receiveLogo(png.toByteArray());

        assertThat(view.logoMessage.isVisible()).isFalse();
        assertThat(_find(Image.class)).isNotEmpty();
        _click(_get(Button.class, spec -> spec.withText("Send changes for review")));
        assertThat(revisions.findByOpenForOrganisationId(bulgaria.getId()).orElseThrow().getProposed().getLogo()).endsWith(".png");
    }

    @Test
    void secondSaveAfterSomeoneElsesGetsAConflictWithAReload() {
        ProfileView view = _get(ProfileView.class);
        OrganisationProfile theirs = bulgaria.getProfile().copy();
        theirs.setShortDescription("Their words, saved first.");
        profileProposals.propose(bulgaria.getId(), profileProposals.editingBase(bulgaria.getId()), theirs);

        view.shortDescription.setValue("My words, saved second.");
        _click(_get(Button.class, spec -> spec.withText("Send changes for review")));

        assertThat(revisions.findByOpenForOrganisationId(bulgaria.getId()).orElseThrow().getProposed().getShortDescription())
                .isEqualTo("Their words, saved first.");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Someone else changed this profile in the meantime. "
                + "Nothing of yours was saved: reload to see their version, then make your change again.");
        _click(_get(Button.class, spec -> spec.withText("Reload")));
        assertThat(view.shortDescription.getValue()).isEqualTo("Their words, saved first.");
    }

    @Test
    void invalidWebsiteIsMarkedOnTheFieldAndNothingIsSaved() {
        ProfileView view = _get(ProfileView.class);
        view.website.setValue("javascript:alert(1)");
        _click(_get(Button.class, spec -> spec.withText("Send changes for review")));

        assertThat(view.website.isInvalid()).isTrue();
        assertThat(revisions.findByOpenForOrganisationId(bulgaria.getId())).isEmpty();
    }
}
