package org.lastrada.portal.secretariat.statistics;

import java.time.YearMonth;
import java.util.Map;
import java.util.StringJoiner;

/** The statistics report as CSV, one section per figure, for the secretariat's own spreadsheets. */
public final class StatisticsCsv {

    private StatisticsCsv() {
    }

    public static String of(NetworkStatistics.Report report) {
        StringJoiner csv = new StringJoiner("\r\n", "", "\r\n");
        StringJoiner header = new StringJoiner(",");
        header.add("published posts per organisation");
        report.months().forEach(month -> header.add(month.toString()));
        csv.add(header.toString());
        for (Map.Entry<String, Map<YearMonth, Integer>> row : report.publishedPerOrganisation().entrySet()) {
            StringJoiner line = new StringJoiner(",");
            line.add(quote(row.getKey()));
            report.months().forEach(month -> line.add(String.valueOf(row.getValue().getOrDefault(month, 0))));
            csv.add(line.toString());
        }
        csv.add("");
        csv.add("month,decisions,median hours to decision,90th percentile hours to decision,queue length at month end");
        for (int i = 0; i < report.months().size(); i++) {
            NetworkStatistics.DecisionTime time = report.decisionTimes().get(i);
            csv.add(time.month() + "," + time.decisions() + "," + time.medianHours() + "," + time.p90Hours() + ","
                    + report.queueLengths().get(i).waiting());
        }
        csv.add("");
        csv.add("organisation,days since the profile last changed");
        report.profileAges().forEach(age -> csv.add(quote(age.organisation()) + "," + age.days()));
        return csv.toString();
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
