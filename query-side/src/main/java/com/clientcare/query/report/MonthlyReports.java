package com.clientcare.query.report;

import com.clientcare.query.complaint.ComplaintsProjection;
import com.clientcare.query.sla.ServiceLevelProjection;
import com.clientcare.shared.report.FindMonthlyReportQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the monthly report from the per-month aggregates the complaints log and the service-level clocks keep
 * (months of the reporting zone): nothing is counted from the whole log when asked.
 */
@Component
public class MonthlyReports {

    private final ComplaintsProjection complaints;
    private final ServiceLevelProjection serviceLevels;

    public MonthlyReports(ComplaintsProjection complaints, ServiceLevelProjection serviceLevels) {
        this.complaints = complaints;
        this.serviceLevels = serviceLevels;
    }

    @QueryHandler
    public MonthlyReport handle(FindMonthlyReportQuery query) {
        return of(query.month());
    }

    public MonthlyReport of(YearMonth month) {
        Map<String, Integer> received = new TreeMap<>(complaints.receivedIn(month));
        Map<String, Integer> answered = new TreeMap<>(complaints.answeredIn(month));
        List<BigDecimal> days = complaints.daysToAnswer(month).stream().sorted().toList();
        Map<String, Integer> breaches = new TreeMap<>(serviceLevels.breachesIn(month));
        return new MonthlyReport(month.toString(), sum(received), received, sum(answered), answered, median(days),
                percentile(days, 90), sum(breaches), breaches);
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The middle value, or the mean of the two middle values of an even count; 1 decimal. */
    static BigDecimal median(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
        return median.setScale(1, RoundingMode.HALF_UP);
    }

    /** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
    static BigDecimal percentile(List<BigDecimal> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1).setScale(1, RoundingMode.HALF_UP);
    }
}
