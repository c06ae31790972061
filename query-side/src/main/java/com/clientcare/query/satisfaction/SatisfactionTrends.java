package com.clientcare.query.satisfaction;

import com.clientcare.shared.satisfaction.Granularity;

import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/** Turns the tallies of months into one trend row per period, periods without answers included. */
public final class SatisfactionTrends {

    private final ReportingPeriods periods;

    public SatisfactionTrends(ReportingPeriods periods) {
        this.periods = periods;
    }

    public ReportingPeriods periods() {
        return periods;
    }

    /**
     * {@code months}: the tally of each month that may hold answers of the query, in order. The rows run from the
     * period of {@code from} (or of the first month with answers) to that of {@code to} (or of the last).
     */
    public List<SatisfactionTrend> of(NavigableMap<YearMonth, Tally> months, Granularity granularity, Instant from,
                                      Instant to) {
        List<YearMonth> answered = months.entrySet().stream()
                .filter(month -> month.getValue().responses() > 0).map(Map.Entry::getKey).toList();
        if (answered.isEmpty() && (from == null || to == null)) {
            return List.of();
        }
        Instant first = from != null ? from : periods.start(answered.get(0));
        Instant last = to != null ? to.minusNanos(1) : periods.start(answered.get(answered.size() - 1));
        Map<String, Tally> rows = new LinkedHashMap<>();
        periods.between(first, last, granularity).forEach(period -> rows.put(period, Tally.NONE));
        months.forEach((month, tally) -> rows.computeIfPresent(
                periods.labelOf(periods.start(month), granularity), (period, sum) -> sum.plus(tally)));
        return rows.entrySet().stream().map(row -> row.getValue().trend(row.getKey())).toList();
    }
}
