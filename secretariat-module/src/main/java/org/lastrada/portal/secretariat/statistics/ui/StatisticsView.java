package org.lastrada.portal.secretariat.statistics.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.lastrada.portal.secretariat.statistics.NetworkStatistics;
import org.lastrada.portal.secretariat.statistics.StatisticsCsv;
import org.lastrada.portal.secretariat.statistics.SvgChart;
import org.lastrada.portal.workspaceui.WorkspaceTime;

/** The network's figures over the last twelve months as charts, with the numbers downloadable as CSV. */
@Route("workspace/statistics")
@Menu(order = 50, icon = "vaadin:chart", title = "workspace.menu.statistics")
@RolesAllowed("ADMIN")
class StatisticsView extends VerticalLayout implements HasDynamicTitle {

    final NetworkStatistics.Report report;

    StatisticsView(NetworkStatistics statistics) {
        setMaxWidth("60rem");
        report = statistics.report();
        Locale locale = WorkspaceTime.locale();
        List<String> labels = report.months().stream()
                .map(m -> m.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " " + (m.getYear() % 100)).toList();

        Map<String, String> headings = StatisticsCsv.HEADINGS.stream().collect(Collectors.toMap(key -> key, this::getTranslation));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = StatisticsCsv.of(report, headings::get).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "lsi-statistics.csv", "text/csv", bytes.length);
        }), getTranslation("workspace.statistics.download"));

        List<Double> publishedPerMonth = report.months().stream().map(month -> report.publishedPerOrganisation().values().stream()
                .mapToDouble(counts -> counts.getOrDefault(month, 0)).sum()).toList();
        add(new H2(getTranslation("workspace.statistics.heading")), new Paragraph(getTranslation("workspace.statistics.intro")), csv,
                new H3(getTranslation("workspace.statistics.published")),
                chart(SvgChart.bars(getTranslation("workspace.statistics.published.chart"), labels, publishedPerMonth,
                        getTranslation("workspace.statistics.unit.posts"))),
                publishedTable(),
                new H3(getTranslation("workspace.statistics.decision-time")),
                chart(SvgChart.bars(getTranslation("workspace.statistics.decision-time.chart"), labels,
                        report.decisionTimes().stream().map(NetworkStatistics.DecisionTime::medianHours).toList(),
                        getTranslation("workspace.statistics.unit.hours"))),
                new Paragraph(getTranslation("workspace.statistics.p90", String.join(", ", report.decisionTimes().stream()
                        .map(t -> String.format(locale, "%.1f", t.p90Hours())).toList()))),
                new H3(getTranslation("workspace.statistics.queue")),
                chart(SvgChart.bars(getTranslation("workspace.statistics.queue.chart"), labels,
                        report.queueLengths().stream().map(q -> (double) q.waiting()).toList(),
                        getTranslation("workspace.statistics.unit.items"))),
                new H3(getTranslation("workspace.statistics.profile-age")), profileAges());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.statistics.heading"));
    }

    private static Div chart(String svg) {
        Div chart = new Div();
        chart.add(new Html("<div>" + svg + "</div>"));
        chart.setWidthFull();
        return chart;
    }

    private Grid<Map.Entry<String, Map<YearMonth, Integer>>> publishedTable() {
        Grid<Map.Entry<String, Map<YearMonth, Integer>>> grid = new Grid<>();
        grid.addColumn(Map.Entry::getKey).setHeader(getTranslation("workspace.statistics.organisation")).setAutoWidth(true);
        grid.addColumn(entry -> entry.getValue().values().stream().mapToInt(Integer::intValue).sum())
                .setHeader(getTranslation("workspace.statistics.published-12-months"));
        grid.addColumn(entry -> entry.getValue().getOrDefault(report.months().get(report.months().size() - 1), 0))
                .setHeader(getTranslation("workspace.statistics.this-month"));
        grid.setItems(List.copyOf(report.publishedPerOrganisation().entrySet()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<NetworkStatistics.ProfileAge> profileAges() {
        Grid<NetworkStatistics.ProfileAge> grid = new Grid<>();
        grid.addColumn(NetworkStatistics.ProfileAge::organisation).setHeader(getTranslation("workspace.statistics.organisation"))
                .setAutoWidth(true);
        grid.addColumn(NetworkStatistics.ProfileAge::days).setHeader(getTranslation("workspace.statistics.days-since-change"));
        grid.setItems(report.profileAges());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
