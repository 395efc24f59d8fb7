package org.lastrada.portal.members;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.PostType;
import org.lastrada.portal.workspaceui.ResetPasswordDialog;
import org.lastrada.portal.workspaceui.testing.PseudoLocaleTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every screen of member staff shows only translated words and content: the profile, the post list, the editor in each
 * state of a post, the directory, the accounts with their dialogs, and what they say after an action or a refusal.
 */
class MembersWorkspaceTranslatedTest extends PseudoLocaleTest {

    @Autowired AccountRepository accounts;
    @Autowired PostRepository posts;
    @Autowired MemberOrganisationRepository organisations;

    @AfterEach
    void clearNotifications() {
        NotificationsKt.clearNotifications();
    }

    @Test
    void profileListDirectoryAndEditorOfEveryStateAreTranslated() {
        login(accounts.findByUsername("moldova.editor").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/organisation");
        assertEverythingShownIsTranslated();
        UI.getCurrent().navigate("workspace/organisation/translations");
        assertEverythingShownIsTranslated();
        UI.getCurrent().navigate("workspace/posts");
        assertEverythingShownIsTranslated();
        UI.getCurrent().navigate("workspace/directory");
        assertEverythingShownIsTranslated();

        UI.getCurrent().navigate("workspace/posts/new");
        assertEverythingShownIsTranslated();
        Long moldova = organisations.findBySlug("la-strada-moldova").orElseThrow().getId();
        for (PostStatus status : PostStatus.values()) {
            posts.findAll().stream().filter(p -> p.getOrganisation().getId().equals(moldova) && p.getStatus() == status)
                    .max(Comparator.comparing(Post::getId)).ifPresent(post -> {
                        UI.getCurrent().navigate("workspace/posts/" + post.getId());
                        assertEverythingShownIsTranslated();
                    });
        }
    }

    @Test
    void whatTheEditorIsToldAfterSavingAndAfterARefusalIsTranslated() {
        login(accounts.findByUsername("moldova.editor").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/posts/new");
        @SuppressWarnings("unchecked")
        Select<PostType> type = _get(Select.class, spec -> spec.withLabel("⟦Type⟧"));
        type.setValue(PostType.EVENT);
        _get(TextField.class, spec -> spec.withLabel("⟦Title⟧")).setValue("Open day at the shelter");
        _get(TextField.class, spec -> spec.withLabel("⟦Event location⟧")).setValue("Chișinău");
        _click(_get(Button.class, spec -> spec.withText("⟦Save draft⟧")));
        // The service refuses an event without a start: the constraint's message, shown on the field and in a notice.
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertEverythingShownIsTranslated();

        NotificationsKt.clearNotifications();
        type.setValue(PostType.NEWS);
        _click(_get(Button.class, spec -> spec.withText("⟦Save draft⟧")));
        assertThat(posts.findAll()).extracting(Post::getTitle).contains("Open day at the shelter");
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertEverythingShownIsTranslated();
    }

    @Test
    void accountsAndTheirDialogsAreTranslated() {
        login(accounts.findByUsername("moldova.admin").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/accounts");
        assertEverythingShownIsTranslated();

        _click(_get(Button.class, spec -> spec.withText("⟦New account⟧")));
        _get(TextField.class, spec -> spec.withLabel("⟦Username⟧")).setValue("moldova.editor");
        _get(TextField.class, spec -> spec.withLabel("⟦Name⟧")).setValue("Ion Rusu");
        _get(EmailField.class, spec -> spec.withLabel("⟦E-mail⟧")).setValue("not an address");
        _get(PasswordField.class, spec -> spec.withLabel("⟦Initial password⟧")).setValue("tulip-canal-bicycle-7");
        _click(_get(Button.class, spec -> spec.withText("⟦Create account⟧")));
        assertThat(_get(EmailField.class, spec -> spec.withLabel("⟦E-mail⟧")).isInvalid()).isTrue();
        assertEverythingShownIsTranslated();

        _get(EmailField.class, spec -> spec.withLabel("⟦E-mail⟧")).setValue("ion@example.org");
        _click(_get(Button.class, spec -> spec.withText("⟦Create account⟧")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("⟦Username⟧")).isInvalid()).as("the name is taken").isTrue();
        assertEverythingShownIsTranslated();

        new ResetPasswordDialog(accounts.findByUsername("moldova.editor").orElseThrow(), password -> { }, () -> { }).open();
        assertEverythingShownIsTranslated();
    }

    @Test
    void websiteFeedsAndTheirRefusalsAreTranslated() {
        login(accounts.findByUsername("moldova.admin").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/feeds");
        assertEverythingShownIsTranslated();

        _get(TextField.class, spec -> spec.withLabel("⟦Feed address⟧")).setValue("http://192.168.1.1/feed");
        _click(_get(Button.class, spec -> spec.withText("⟦Add feed⟧")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("⟦Feed address⟧")).isInvalid()).isTrue();
        assertEverythingShownIsTranslated();

        _get(TextField.class, spec -> spec.withLabel("⟦Feed address⟧")).setValue("http://127.0.0.1:9/moldova/feed.xml");
        _click(_get(Button.class, spec -> spec.withText("⟦Add feed⟧")));
        readTheDatabasesTexts(); // the feed's address is shown as written
        assertEverythingShownIsTranslated();
    }
}
