package org.lastrada.portal.secretariat.statistics.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
import org.lastrada.portal.secretariat.statistics.NetworkStatistics;
import org.lastrada.portal.secretariat.statistics.StatisticsCsv;
import org.lastrada.portal.secretariat.statistics.SvgChart;

/** The network's figures over the last twelve months as charts, with the numbers downloadable as CSV. */
@Route("workspace/statistics")
@PageTitle("Statistics | LSI Network Portal")
@Menu(order = 50, icon = "vaadin:chart", title = "Statistics")
@RolesAllowed("ADMIN")
class StatisticsView extends VerticalLayout {

    final NetworkStatistics.Report report;

    StatisticsView(NetworkStatistics statistics) {
        setMaxWidth("60rem");
        report = statistics.report();
        List<String> labels = report.months().stream()
                .map(m -> m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + (m.getYear() % 100)).toList();

        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = StatisticsCsv.of(report).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "lsi-statistics.csv", "text/csv", bytes.length);
        }), "Download all numbers as CSV");

        List<Double> publishedPerMonth = report.months().stream().map(month -> report.publishedPerOrganisation().values().stream()
                .mapToDouble(counts -> counts.getOrDefault(month, 0)).sum()).toList();
        add(new H2("Statistics"), new Paragraph("The last twelve months."), csv,
                new H3("Posts published per month, whole network"),
                chart(SvgChart.bars("Posts published per month", labels, publishedPerMonth, "posts")),
                publishedTable(),
                new H3("Time from submission to decision (median, hours)"),
                chart(SvgChart.bars("Median hours from submission to decision", labels,
                        report.decisionTimes().stream().map(NetworkStatistics.DecisionTime::medianHours).toList(), "hours")),
                new Paragraph("90th percentile, hours: " + String.join(", ", report.decisionTimes().stream()
                        .map(t -> String.format(Locale.ROOT, "%.1f", t.p90Hours())).toList())),
                new H3("Items waiting for review at the end of each month"),
                chart(SvgChart.bars("Queue length at month end", labels,
                        report.queueLengths().stream().map(q -> (double) q.waiting()).toList(), "items")),
                new H3("Days since each organisation last updated its profile"), profileAges());
    }

    private static Div chart(String svg) {
        Div chart = new Div();
        chart.add(new Html("<div>" + svg + "</div>"));
        chart.setWidthFull();
        return chart;
    }

    private Grid<Map.Entry<String, Map<YearMonth, Integer>>> publishedTable() {
        Grid<Map.Entry<String, Map<YearMonth, Integer>>> grid = new Grid<>();
        grid.addColumn(Map.Entry::getKey).setHeader("Organisation").setAutoWidth(true);
        grid.addColumn(entry -> entry.getValue().values().stream().mapToInt(Integer::intValue).sum()).setHeader("Published, 12 months");
        grid.addColumn(entry -> entry.getValue().getOrDefault(report.months().get(report.months().size() - 1), 0))
                .setHeader("This month");
        grid.setItems(List.copyOf(report.publishedPerOrganisation().entrySet()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<NetworkStatistics.ProfileAge> profileAges() {
        Grid<NetworkStatistics.ProfileAge> grid = new Grid<>();
        grid.addColumn(NetworkStatistics.ProfileAge::organisation).setHeader("Organisation").setAutoWidth(true);
        grid.addColumn(NetworkStatistics.ProfileAge::days).setHeader("Days since the last change");
        grid.setItems(report.profileAges());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
