package org.lastrada.portal.secretariat.statistics;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

/**
 * The statistics report as CSV, one section per figure, for the secretariat's own spreadsheets: headings in the
 * reader's workspace language, numbers and months as spreadsheets read them in any language (2026-11, 12.5).
 */
public final class StatisticsCsv {

    /** The message keys of the headings, for a reader's language to be looked up before writing. */
    public static final List<String> HEADINGS = List.of("workspace.statistics.csv.published-per-organisation",
            "workspace.statistics.csv.month", "workspace.statistics.csv.decisions", "workspace.statistics.csv.median-hours",
            "workspace.statistics.csv.p90-hours", "workspace.statistics.csv.queue-length", "workspace.statistics.organisation",
            "workspace.statistics.days-since-change");

    private StatisticsCsv() {
    }

    /** @param text the text of each of the {@link #HEADINGS} in the reader's language */
    public static String of(NetworkStatistics.Report report, UnaryOperator<String> text) {
        StringJoiner csv = new StringJoiner("\r\n", "", "\r\n");
        StringJoiner header = new StringJoiner(",");
        header.add(quote(text.apply("workspace.statistics.csv.published-per-organisation")));
        report.months().forEach(month -> header.add(month.toString()));
        csv.add(header.toString());
        for (Map.Entry<String, Map<YearMonth, Integer>> row : report.publishedPerOrganisation().entrySet()) {
            StringJoiner line = new StringJoiner(",");
            line.add(quote(row.getKey()));
            report.months().forEach(month -> line.add(String.valueOf(row.getValue().getOrDefault(month, 0))));
            csv.add(line.toString());
        }
        csv.add("");
        csv.add(headings(text, "workspace.statistics.csv.month", "workspace.statistics.csv.decisions",
                "workspace.statistics.csv.median-hours", "workspace.statistics.csv.p90-hours", "workspace.statistics.csv.queue-length"));
        for (int i = 0; i < report.months().size(); i++) {
            NetworkStatistics.DecisionTime time = report.decisionTimes().get(i);
            csv.add(time.month() + "," + time.decisions() + "," + time.medianHours() + "," + time.p90Hours() + ","
                    + report.queueLengths().get(i).waiting());
        }
        csv.add("");
        csv.add(headings(text, "workspace.statistics.organisation", "workspace.statistics.days-since-change"));
        report.profileAges().forEach(age -> csv.add(quote(age.organisation()) + "," + age.days()));
        return csv.toString();
    }

    private static String headings(UnaryOperator<String> text, String... keys) {
        StringJoiner line = new StringJoiner(",");
        for (String key : keys) {
            line.add(quote(text.apply(key)));
        }
        return line.toString();
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
