package com.clientcare.query.satisfaction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The trend chart of the quarterly reports as SVG: CSAT average (1 to 5, left scale) and NPS (-100 to 100, right
 * scale) per period, with the number of responses under each period. Periods without answers leave a gap.
 */
public final class TrendChart {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 380;
    private static final int LEFT = 60;
    private static final int RIGHT = 60;
    private static final int TOP = 50;
    private static final int BOTTOM = 70;
    private static final String CSAT_COLOUR = "#1f77b4";
    private static final String NPS_COLOUR = "#ff7f0e";

    private TrendChart() {
    }

    public static String svg(String title, List<SatisfactionTrend> trends) {
        StringBuilder svg = new StringBuilder()
                .append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                        + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT))
                .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
                .append(text(WIDTH / 2.0, 24, "middle", "bold", escape(title)));
        axes(svg);
        for (int i = 0; i < trends.size(); i++) {
            SatisfactionTrend trend = trends.get(i);
            double x = x(i, trends.size());
            svg.append(text(x, HEIGHT - BOTTOM + 18, "middle", "normal", escape(trend.period())))
                    .append(text(x, HEIGHT - BOTTOM + 34, "middle", "normal", "n=" + trend.responses()));
        }
        series(svg, trends, SatisfactionTrend::csatAverage, 1, 5, CSAT_COLOUR);
        series(svg, trends, SatisfactionTrend::npsScore, -100, 100, NPS_COLOUR);
        svg.append(legend(LEFT, HEIGHT - 16, CSAT_COLOUR, "CSAT average (left, 1-5)"))
                .append(legend(LEFT + 260, HEIGHT - 16, NPS_COLOUR, "NPS (right, -100 to 100)"));
        return svg.append("</svg>\n").toString();
    }

    private static void axes(StringBuilder svg) {
        double bottom = HEIGHT - BOTTOM;
        svg.append(line(LEFT, TOP, LEFT, bottom)).append(line(WIDTH - RIGHT, TOP, WIDTH - RIGHT, bottom))
                .append(line(LEFT, bottom, WIDTH - RIGHT, bottom));
        for (int csat = 1; csat <= 5; csat++) {
            svg.append(text(LEFT - 8, y(csat, 1, 5) + 4, "end", "normal", String.valueOf(csat)));
        }
        for (int nps = -100; nps <= 100; nps += 50) {
            svg.append(text(WIDTH - RIGHT + 8, y(nps, -100, 100) + 4, "start", "normal", String.valueOf(nps)));
        }
    }

    private static void series(StringBuilder svg, List<SatisfactionTrend> trends,
                               Function<SatisfactionTrend, BigDecimal> value, double min, double max, String colour) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < trends.size(); i++) {
            BigDecimal v = value.apply(trends.get(i));
            if (v == null) {
                flush(svg, points, colour);
                continue;
            }
            double x = x(i, trends.size());
            double y = y(v.doubleValue(), min, max);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s</title></circle>%n",
                    x, y, colour, v.toPlainString()));
        }
        flush(svg, points, colour);
    }

    private static void flush(StringBuilder svg, StringBuilder points, String colour) {
        if (!points.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    points.toString().trim(), colour));
            points.setLength(0);
        }
    }

    private static double x(int index, int count) {
        double span = WIDTH - LEFT - RIGHT;
        return LEFT + span * (index + 0.5) / Math.max(count, 1);
    }

    private static double y(double value, double min, double max) {
        double span = HEIGHT - TOP - BOTTOM;
        return HEIGHT - BOTTOM - span * (value - min) / (max - min);
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#444\"/>%n",
                x1, y1, x2, y2);
    }

    private static String text(double x, double y, String anchor, String weight, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-weight=\"%s\">%s</text>%n",
                x, y, anchor, weight, content);
    }

    private static String legend(double x, double y, String colour, String label) {
        return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"4\" fill=\"%s\"/>%n", x, y - 4, colour)
                + text(x + 20, y, "start", "normal", escape(label));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
