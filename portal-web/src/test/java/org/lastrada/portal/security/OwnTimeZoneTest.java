package org.lastrada.portal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.workspaceui.WorkspaceTime;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each person reads and enters workspace times in their own zone: their organisation's country's until they
 * choose another on their account page; a zone that does not exist is refused on the field and nothing changes.
 */
@ActiveProfiles("test")
class OwnTimeZoneTest extends ViewTest {

    private static final Instant NOON_UTC = Instant.parse("2026-12-02T12:00:00Z");

    @Autowired AccountRepository accounts;

    @Test
    void anEditorInKyivReadsKyivTimeUntilChoosingAnotherZone() {
        Actor editor = accounts.findByUsername("ukraine.editor").orElseThrow().asActor();
        login(editor);
        UI.getCurrent().navigate("workspace/posts");
        assertThat(WorkspaceTime.zone()).as("the organisation's country's zone").isEqualTo(ZoneId.of("Europe/Kyiv"));
        assertThat(WorkspaceTime.format(NOON_UTC)).isEqualTo("2 Dec 2026, 14:00 EET");
        assertThat(WorkspaceTime.fromPicker(WorkspaceTime.toPicker(NOON_UTC))).isEqualTo(NOON_UTC);
        assertThat(WorkspaceTime.toPicker(NOON_UTC).getHour()).as("noon UTC is two in the afternoon in Kyiv").isEqualTo(14);

        UI.getCurrent().navigate("workspace/password");
        ChangePasswordView page = _get(ChangePasswordView.class);
        assertThat(page.timeZone.getValue()).isEqualTo("Europe/Kyiv");
        page.timeZone.setValue("Europe/Chisinau");
        _click(_get(Button.class, spec -> spec.withText("Save time zone")));

        assertThat(accounts.findByUsername("ukraine.editor").orElseThrow().timeZone()).isEqualTo(ZoneId.of("Europe/Chisinau"));
        assertThat(WorkspaceTime.zone()).isEqualTo(ZoneId.of("Europe/Chisinau"));
    }

    @Test
    void aZoneThatDoesNotExistIsRefusedOnTheFieldAndNothingChanges() {
        login(accounts.findByUsername("poland.editor").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/password");
        ChangePasswordView page = _get(ChangePasswordView.class);
        page.timeZone.setValue(null);
        _click(_get(Button.class, spec -> spec.withText("Save time zone")));

        assertThat(page.timeZone.isInvalid()).isTrue();
        assertThat(page.timeZone.getErrorMessage()).contains("Choose a time zone");
        assertThat(accounts.findByUsername("poland.editor").orElseThrow().timeZone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
    }
}
