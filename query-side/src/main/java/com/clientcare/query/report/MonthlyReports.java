package com.clientcare.query.report;

import com.clientcare.query.complaint.ComplaintView;
import com.clientcare.query.complaint.ComplaintsProjection;
import com.clientcare.query.sla.ClockView;
import com.clientcare.query.sla.ServiceLevelProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the monthly report from the complaints log and the service-level clocks, in the reporting zone. */
@Component
public class MonthlyReports {

    private final ComplaintsProjection complaints;
    private final ServiceLevelProjection serviceLevels;
    private final ZoneId zone;

    public MonthlyReports(ComplaintsProjection complaints, ServiceLevelProjection serviceLevels,
                          @Value("${clientcare.reporting.zone:Europe/London}") ZoneId zone) {
        this.complaints = complaints;
        this.serviceLevels = serviceLevels;
        this.zone = zone;
    }

    public MonthlyReport of(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<ComplaintView> all = complaints.log(null, null, null, null);
        List<ComplaintView> received = all.stream().filter(c -> within(c.receivedAt(), from, to)).toList();
        // every cycle's final response counts (K8), timed from the start of its cycle, when S5 started
        List<ComplaintView.Cycle> answered = all.stream().flatMap(c -> c.allCycles().stream())
                .filter(c -> c.finalResponseAt() != null && within(c.finalResponseAt(), from, to)).toList();
        List<BigDecimal> days = answered.stream()
                .map(c -> BigDecimal.valueOf(Duration.between(c.startedAt(), c.finalResponseAt()).toMinutes())
                        .divide(BigDecimal.valueOf(24 * 60), 4, RoundingMode.HALF_UP))
                .sorted()
                .toList();
        List<ClockView> breaches = serviceLevels.breaches(from, to, null, null).stream()
                .filter(breach -> !breach.breachRetracted()).toList();
        return new MonthlyReport(month.toString(), received.size(), count(received, c -> c.category().name()),
                answered.size(), count(answered, c -> c.outcome().name()), median(days), percentile(days, 90),
                breaches.size(), count(breaches, b -> b.rule().name()));
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    private static <T> Map<String, Integer> count(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.summingInt(item -> 1)));
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
