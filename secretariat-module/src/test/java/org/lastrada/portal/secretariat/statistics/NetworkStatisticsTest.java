package org.lastrada.portal.secretariat.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkStatisticsTest {

    @Test
    void percentilesAreNearestRank() {
        List<Double> hours = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(NetworkStatistics.percentile(hours, 50)).isEqualTo(5.0);
        assertThat(NetworkStatistics.percentile(hours, 90)).isEqualTo(9.0);
        assertThat(NetworkStatistics.percentile(List.of(2.0), 90)).isEqualTo(2.0);
        assertThat(NetworkStatistics.percentile(List.of(), 50)).isZero();
    }

    @Test
    void chartsEscapeLabelsAndScaleToTheLargestValue() {
        String svg = SvgChart.bars("Posts <per> month", List.of("Jan", "<b>"), List.of(2.0, 4.0), "posts");
        assertThat(svg).contains("<title>Posts &lt;per&gt; month</title>", "&lt;b&gt;", "4 posts").doesNotContain("<b>");
    }
}
