package com.clientcare.query.console;

import com.clientcare.query.sla.ClockView;
import com.clientcare.shared.sla.ClockStatus;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A complaint's clocks (S2, S4, S5 of every cycle) on one time axis as SVG: for each clock its start, the point it
 * is at risk from, its deadline, and its stop (met) or breach; a dashed line marks now. Each mark carries its time
 * in the reporting zone as a tooltip, and the clock's rule, status and deadline as data attributes.
 */
final class ClockTimeline {

    private static final int WIDTH = 900;
    private static final int LABEL = 150;
    private static final int RIGHT = 30;
    private static final int TOP = 20;
    private static final int ROW = 44;
    private static final int AXIS = 40;
    private static final int TICKS = 5;

    private ClockTimeline() {
    }

    static String svg(List<ClockView> clocks, Instant now, ConsoleTimes times) {
        if (clocks.isEmpty()) {
            return "";
        }
        Instant first = clocks.stream().map(ClockView::startedAt).min(Instant::compareTo).orElseThrow();
        Instant last = clocks.stream()
                .flatMap(clock -> Stream.of(clock.deadline(), clock.stoppedAt(), clock.breachedAt(),
                        clock.stoppedAt() == null && clock.status() != ClockStatus.BREACHED ? now : null))
                .filter(Objects::nonNull).max(Instant::compareTo).orElseThrow();
        Axis axis = new Axis(first, last);
        int height = TOP + clocks.size() * ROW + AXIS;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"clock-timeline\" role=\"img\" width=\"100%%\""
                        + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">"
                        + "<title>Service-level clocks of the complaint</title>", WIDTH, height));
        for (int i = 0; i < clocks.size(); i++) {
            row(svg, clocks.get(i), TOP + i * ROW + ROW / 2, axis, times);
        }
        int axisY = TOP + clocks.size() * ROW;
        svg.append(line(LABEL, axisY, WIDTH - RIGHT, axisY, "axis"));
        for (int tick = 0; tick <= TICKS; tick++) {
            Instant at = axis.at((double) tick / TICKS);
            double x = axis.x(at);
            svg.append(line(x, axisY, x, axisY + 5, "axis"))
                    .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s"
                            + "<title>%s</title></text>", x, axisY + 20, escape(times.local(at).substring(0, 10)),
                            times.utc(at)));
        }
        if (!now.isAfter(last)) {
            double x = axis.x(now);
            svg.append(String.format(Locale.ROOT, "<line class=\"now\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\""
                    + " stroke=\"#555\" stroke-dasharray=\"4 3\"><title>now %s</title></line>", x, TOP - 10, x, axisY,
                    escape(times.local(now))));
        }
        return svg.append("</svg>").toString();
    }

    private static void row(StringBuilder svg, ClockView clock, int y, Axis axis, ConsoleTimes times) {
        svg.append(String.format(Locale.ROOT, "<g class=\"clock\" data-rule=\"%s\" data-status=\"%s\""
                + " data-deadline=\"%s\">", clock.rule(), clock.status(), clock.deadline()));
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-weight=\"bold\">%s</text>"
                + "<text x=\"4\" y=\"%d\" class=\"status-%s\">%s%s</text>", y - 3, clock.rule(), y + 12,
                clock.status(), clock.status(), clock.breachRetracted() ? " (breach retracted)" : ""));
        double start = axis.x(clock.startedAt());
        double atRisk = axis.x(clock.atRiskFrom());
        double deadline = axis.x(clock.deadline());
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"10\" fill=\"#cfe3f5\"/>",
                        start, y - 5, Math.max(1, atRisk - start)))
                .append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"10\""
                        + " fill=\"#f6d28b\"/>", atRisk, y - 5, Math.max(1, deadline - atRisk)));
        svg.append(mark("start", start, y, "#1f77b4", "started " + times.local(clock.startedAt())))
                .append(mark("at-risk", atRisk, y, "#d08c00", "at risk from " + times.local(clock.atRiskFrom())))
                .append(mark("deadline", deadline, y, "#222", "deadline " + times.local(clock.deadline())));
        if (clock.stoppedAt() != null) {
            svg.append(String.format(Locale.ROOT, "<circle class=\"stop\" cx=\"%.1f\" cy=\"%d\" r=\"6\" fill=\"#2ca02c\">"
                    + "<title>stopped %s</title></circle>", axis.x(clock.stoppedAt()), y,
                    escape(times.local(clock.stoppedAt()))));
        }
        if (clock.breachedAt() != null) {
            double x = axis.x(clock.breachedAt());
            svg.append(String.format(Locale.ROOT, "<g class=\"breach\"><title>breached %s</title>"
                    + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d62728\" stroke-width=\"3\"/>"
                    + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d62728\" stroke-width=\"3\"/></g>",
                    escape(times.local(clock.breachedAt())), x - 7, y - 7, x + 7, y + 7, x - 7, y + 7, x + 7, y - 7));
        }
        svg.append("</g>");
    }

    private static String mark(String kind, double x, int y, String colour, String title) {
        return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\""
                + " stroke=\"%s\" stroke-width=\"2\"><title>%s</title></line>", kind, x, y - 12, x, y + 12, colour,
                escape(title));
    }

    private static String line(double x1, int y1, double x2, int y2, String kind) {
        return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\""
                + " stroke=\"#888\"/>", kind, x1, y1, x2, y2);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Instants to x positions between the label column and the right margin, a little room at either end. */
    private record Axis(Instant first, Instant last) {

        private double span() {
            return Math.max(1, last.toEpochMilli() - first.toEpochMilli()) * 1.04;
        }

        private double origin() {
            return first.toEpochMilli() - span() * 0.02;
        }

        double x(Instant at) {
            return LABEL + (at.toEpochMilli() - origin()) / span() * (WIDTH - LABEL - RIGHT);
        }

        Instant at(double fraction) {
            return Instant.ofEpochMilli((long) (origin() + fraction * span()));
        }
    }
}
