package org.lastrada.portal.secretariat.statistics;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/** Plain SVG bar charts (Vaadin Charts is a paid component), readable without scripts and with a text alternative. */
public final class SvgChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int BOTTOM = 30;

    private SvgChart() {
    }

    /** One bar per label; the title is read out by screen readers. */
    public static String bars(String title, List<String> labels, List<Double> values, String unit) {
        double max = Math.max(1, values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
        double slot = (WIDTH - LEFT) / (double) Math.max(1, labels.size());
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" style=\"width:100%;max-width:").append(WIDTH).append("px\"><title>").append(Entities.escape(title))
                .append("</title>");
        svg.append("<text x=\"0\" y=\"12\" font-size=\"11\" fill=\"currentColor\">").append(format(max)).append(' ')
                .append(Entities.escape(unit)).append("</text>");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"").append(WIDTH)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"currentColor\" stroke-opacity=\"0.3\"/>");
        for (int i = 0; i < labels.size(); i++) {
            double height = values.get(i) / max * (HEIGHT - BOTTOM - 20);
            double x = LEFT + i * slot + slot * 0.15;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1676f3\">"
                            + "<title>%s: %s %s</title></rect>", x, HEIGHT - BOTTOM - height, slot * 0.7, height,
                    Entities.escape(labels.get(i)), format(values.get(i)), Entities.escape(unit)));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" "
                    + "fill=\"currentColor\">%s</text>", x + slot * 0.35, HEIGHT - 12, Entities.escape(labels.get(i))));
        }
        return svg.append("</svg>").toString();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
