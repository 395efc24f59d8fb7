package org.lastrada.portal.secretariat.statistics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.secretariat.statistics.NetworkStatistics;
import org.lastrada.portal.secretariat.statistics.StatisticsCsv;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The figures come from the demo network's real history: posts published, decisions two hours after submission. */
class StatisticsViewTest extends ViewTest {

    @Autowired AccountRepository accounts;

    @Test
    void adminSeesPublishedPostsDecisionTimesQueueAndProfileAges() {
        login(accounts.findByUsername("admin").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/statistics");
        NetworkStatistics.Report report = _get(StatisticsView.class).report;

        assertThat(report.months()).hasSize(12).last().isEqualTo(YearMonth.now(ZoneOffset.UTC));
        int publishedByPoland = report.publishedPerOrganisation().get("La Strada Poland").values().stream().mapToInt(Integer::intValue).sum();
        // The demo network: each member has a news item and a statement published, an event waiting for review.
        assertThat(publishedByPoland).isEqualTo(3); // two statements and the Polish translation of one (demo data)
        assertThat(report.decisionTimes().stream().mapToInt(NetworkStatistics.DecisionTime::decisions).sum()).isPositive();
        assertThat(report.decisionTimes()).allMatch(t -> t.p90Hours() >= t.medianHours());
        assertThat(report.queueLengths().get(11).waiting()).isEqualTo(8);
        assertThat(report.profileAges()).extracting(NetworkStatistics.ProfileAge::organisation).contains("La Strada Ukraine");

        StatisticsView view = _get(StatisticsView.class);
        String csv = StatisticsCsv.of(report, view::getTranslation);
        assertThat(csv).contains("\"La Strada Poland\"", "\"Median hours to decision\"", "\"Days since the last change\"");

        // The headings are in the reader's workspace language; numbers and months stay as spreadsheets read them.
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        String polish = StatisticsCsv.of(report, view::getTranslation);
        assertThat(polish).contains("\"Opublikowane wpisy według organizacji\"", "\"Mediana godzin do decyzji\"",
                "\"Dni od ostatniej zmiany\"", report.months().get(0).toString());
    }

    @Test
    void moderatorsDoNotSeeStatistics() {
        login(accounts.findByUsername("moderator").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/statistics");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isNotInstanceOf(StatisticsView.class);
        assertNavigationDenied();
    }
}
