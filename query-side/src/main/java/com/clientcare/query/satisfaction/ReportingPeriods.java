package com.clientcare.query.satisfaction;

import com.clientcare.shared.satisfaction.Granularity;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Calendar periods in the reporting zone: "2026-03" for a month, "2026-Q1" for a quarter. */
public final class ReportingPeriods {

    private final ZoneId zone;

    public ReportingPeriods(ZoneId zone) {
        this.zone = zone;
    }

    /** The first instant of the month in the reporting zone. */
    public Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    public YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(zone));
    }

    public String labelOf(Instant instant, Granularity granularity) {
        return label(YearMonth.from(instant.atZone(zone)), granularity);
    }

    /** Every period from the one holding {@code first} to the one holding {@code last}, in order. */
    public List<String> between(Instant first, Instant last, Granularity granularity) {
        List<String> labels = new ArrayList<>();
        YearMonth end = YearMonth.from(last.atZone(zone));
        for (YearMonth month = YearMonth.from(first.atZone(zone)); !month.isAfter(end); month = month.plusMonths(1)) {
            String label = label(month, granularity);
            if (labels.isEmpty() || !labels.get(labels.size() - 1).equals(label)) {
                labels.add(label);
            }
        }
        return labels;
    }

    private static String label(YearMonth month, Granularity granularity) {
        return switch (granularity) {
            case MONTH -> month.toString();
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
        };
    }
}
