package org.lastrada.portal.workspaceui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.i18n.NetworkLanguage;

/** Times are written in the style of the person's language, always in their zone and with the zone's name. */
class WorkspaceTimeTest {

    private static final Instant MORNING = Instant.parse("2026-12-02T08:15:42Z");

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        WorkspaceTime.useZone(ZoneId.of("Europe/Warsaw"));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void englishIsWrittenTheBritishWay() {
        UI.getCurrent().setLocale(NetworkLanguage.ENGLISH.locale());
        assertThat(WorkspaceTime.format(MORNING)).isEqualTo("2 Dec 2026, 09:15 CET");
        assertThat(WorkspaceTime.formatWithSeconds(MORNING)).isEqualTo("2 Dec 2026, 09:15:42 CET");
        assertThat(WorkspaceTime.zoneName()).isEqualTo("Europe/Warsaw (Central European Time)");
    }

    @Test
    void eachLanguageWritesDatesItsOwnWay() {
        UI.getCurrent().setLocale(NetworkLanguage.POLISH.locale());
        assertThat(WorkspaceTime.format(MORNING)).isEqualTo("2 gru 2026, 09:15 CET");
        assertThat(WorkspaceTime.zoneName()).isEqualTo("Europe/Warsaw (czas środkowoeuropejski)");

        UI.getCurrent().setLocale(NetworkLanguage.UKRAINIAN.locale());
        WorkspaceTime.useZone(ZoneId.of("Europe/Kyiv"));
        assertThat(plainSpaces(WorkspaceTime.format(MORNING))).isEqualTo("2 груд. 2026 р., 10:15 EET");
    }

    /** The JDK's locale data (CLDR) puts a no-break space in some formats, and newer JDKs in more of them. */
    private static String plainSpaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void aLanguageOutsideTheNetworkIsWrittenInEnglish() {
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        assertThat(WorkspaceTime.format(MORNING)).isEqualTo("2 Dec 2026, 09:15 CET");
    }
}
