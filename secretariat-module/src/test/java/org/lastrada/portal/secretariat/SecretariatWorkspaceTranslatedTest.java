package org.lastrada.portal.secretariat;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.PostSteps;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostRevision;
import org.lastrada.portal.shared.posts.PostRevisionRepository;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.shared.profiles.ProfileRevision;
import org.lastrada.portal.shared.profiles.ProfileRevisionRepository;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.lastrada.portal.workspaceui.testing.PseudoLocaleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every screen of the secretariat shows only translated words and content: the queue, the review of each kind of
 * item with its refusals, the network pages, and the administrators' organisations, accounts, audit log, outbox and
 * statistics with their dialogs.
 */
class SecretariatWorkspaceTranslatedTest extends PseudoLocaleTest {

    @Autowired AccountRepository accounts;
    @Autowired MemberOrganisationRepository organisations;
    @Autowired ProfileRevisionRepository profileRevisions;
    @Autowired PostRevisionRepository postRevisions;
    @Autowired PostSteps postSteps;
    @Autowired Clock clock;

    @AfterEach
    void clearNotifications() {
        NotificationsKt.clearNotifications();
    }

    @Test
    void queueReviewsAndPagesAreTranslated() {
        Actor editor = accounts.findByUsername("czech-republic.editor").orElseThrow().asActor();
        Actor moderator = accounts.findByUsername("moderator").orElseThrow().asActor();
        MemberOrganisation czechia = organisations.findBySlug("la-strada-czech-republic").orElseThrow();
        Post submitted = runAs(editor, () -> submit(czechia, "Helpline figures " + UUID.randomUUID()));
        Post toPublish = runAs(editor, () -> submit(czechia, "Annual report " + UUID.randomUUID()));
        Post published = runAs(moderator, () -> postSteps.perform(toPublish.getId(), WorkflowAction.APPROVE, null));
        PostRevision change = runAs(editor, () -> {
            PostContent revised = published.getContent().copy();
            revised.setTitle(published.getTitle() + ", revised");
            PostRevision revision = postRevisions.save(new PostRevision(published, revised, editor, clock.instant()));
            return postSteps.performOnRevision(revision.getId(), WorkflowAction.SUBMIT, null);
        });
        profileRevisions.findByOpenForOrganisationId(czechia.getId()).ifPresent(profileRevisions::delete);
        OrganisationProfile proposed = czechia.getProfile().copy();
        proposed.setShortDescription("Shelter, helpline and legal aid in Prague.");
        ProfileRevision profileChange = profileRevisions.save(new ProfileRevision(czechia, proposed, editor, clock.instant()));
        readTheDatabasesTexts();

        login(moderator);
        UI.getCurrent().navigate("workspace/moderation");
        assertEverythingShownIsTranslated();
        _get(TextField.class, spec -> spec.withLabel("⟦Published post⟧")).setValue("no-such-post");
        _click(_get(Button.class, spec -> spec.withText("⟦Open⟧")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("⟦Published post⟧")).isInvalid()).isTrue();
        assertEverythingShownIsTranslated();

        for (String item : List.of("post/" + submitted.getId(), "post-change/" + change.getId(),
                "profile-change/" + profileChange.getId(), "post/" + published.getId())) {
            UI.getCurrent().navigate("workspace/moderation/" + item);
            assertEverythingShownIsTranslated();
        }

        // Refusals: a decision that needs a comment, then a decision someone else took first.
        UI.getCurrent().navigate("workspace/moderation/post/" + submitted.getId());
        _click(_get(Button.class, spec -> spec.withText("⟦Request changes⟧")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("⟦Comment for the author⟧")).isInvalid()).isTrue();
        assertEverythingShownIsTranslated();
        runAs(accounts.findByUsername("admin").orElseThrow().asActor(),
                () -> postSteps.perform(submitted.getId(), WorkflowAction.APPROVE, null));
        login(moderator);
        _get(TextArea.class, spec -> spec.withLabel("⟦Comment for the author⟧")).setValue("Please name the partners.");
        _click(_get(Button.class, spec -> spec.withText("⟦Reject⟧")));
        assertEverythingShownIsTranslated();

        UI.getCurrent().navigate("workspace/pages");
        assertEverythingShownIsTranslated();
        @SuppressWarnings("unchecked")
        Select<NetworkLanguage> language = _get(Select.class, spec -> spec.withLabel("⟦Language⟧"));
        language.setValue(NetworkLanguage.CZECH);
        assertEverythingShownIsTranslated();
    }

    @Test
    void administratorsScreensAndDialogsAreTranslated() {
        // Something for the audit log and the outbox to show: a submission (the secretariat is told by mail).
        MemberOrganisation czechia = organisations.findBySlug("la-strada-czech-republic").orElseThrow();
        runAs(accounts.findByUsername("czech-republic.editor").orElseThrow().asActor(),
                () -> submit(czechia, "Helpline figures " + UUID.randomUUID()));
        readTheDatabasesTexts();

        login(accounts.findByUsername("admin").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/organisations");
        assertEverythingShownIsTranslated();
        Button suspend = (Button) GridKt._getCellComponent(_get(Grid.class), 1, "status");
        _click(suspend);
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertEverythingShownIsTranslated();
        _click((Button) GridKt._getCellComponent(_get(Grid.class), 1, "status"));
        assertEverythingShownIsTranslated();
        _click(_get(Button.class, spec -> spec.withText("⟦Add a member organisation⟧")));
        assertEverythingShownIsTranslated();
        closeDialogs();
        _click((Button) GridKt._getCellComponent(_get(Grid.class), 1, "edit"));
        assertEverythingShownIsTranslated();
        closeDialogs();

        UI.getCurrent().navigate("workspace/all-accounts");
        assertEverythingShownIsTranslated();
        _click(_get(Button.class, spec -> spec.withText("⟦New account⟧")));
        assertEverythingShownIsTranslated();
        closeDialogs();
        Component actions = GridKt._getCellComponent(_get(Grid.class), 1, "actions");
        _click(actions.getChildren().map(Button.class::cast).filter(b -> b.getText().equals("⟦Role / organisation⟧"))
                .findFirst().orElseThrow());
        assertEverythingShownIsTranslated();
        closeDialogs();

        UI.getCurrent().navigate("workspace/webhooks");
        assertEverythingShownIsTranslated();
        _get(TextField.class, spec -> spec.withLabel("⟦Name⟧")).setValue("Partner newsroom");
        _get(TextField.class, spec -> spec.withLabel("⟦Receiver address⟧")).setValue("http://192.168.7.7/hooks");
        _click(_get(Button.class, spec -> spec.withText("⟦Add webhook⟧")));
        assertEverythingShownIsTranslated();
        _get(TextField.class, spec -> spec.withLabel("⟦Receiver address⟧")).setValue("http://127.0.0.1:9/hooks");
        _click(_get(Button.class, spec -> spec.withText("⟦Add webhook⟧")));
        readTheDatabasesTexts(); // the subscriber's name, address and secret are shown as written
        assertEverythingShownIsTranslated();
        closeDialogs();

        readTheDatabasesTexts();
        for (String screen : List.of("workspace/audit", "workspace/outbox", "workspace/statistics")) {
            UI.getCurrent().navigate(screen);
            if (!screen.endsWith("statistics")) {
                assertThat(GridKt._fetch(_get(Grid.class), 0, 1)).as("rows on " + screen).isNotEmpty();
            }
            assertEverythingShownIsTranslated();
        }
    }

    private Post submit(MemberOrganisation organisation, String title) {
        PostContent content = new PostContent(PostType.EVENT, title, "cs");
        content.setBody("Figures of **2026**, with the partners.");
        content.setEventStart(java.time.LocalDateTime.of(2026, 12, 10, 10, 0));
        content.setEventLocation("Prague");
        Post draft = postSteps.createDraft(organisation.getId(), content, null);
        return postSteps.perform(draft.getId(), WorkflowAction.SUBMIT, null);
    }

    private static void closeDialogs() {
        UI.getCurrent().getChildren().filter(Dialog.class::isInstance).map(Dialog.class::cast).toList().forEach(Dialog::close);
    }

    private static <T> T runAs(Actor actor, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                List.of(new SimpleGrantedAuthority(actor.role().authority()))));
        return action.get();
    }
}
