package com.clientcare.query.satisfaction;

import com.clientcare.shared.satisfaction.Granularity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Turns survey answers into one trend row per period, periods without answers included. */
public final class SatisfactionTrends {

    private static final int PROMOTER_FROM = 9;
    private static final int DETRACTOR_UP_TO = 6;

    private final ReportingPeriods periods;

    public SatisfactionTrends(ReportingPeriods periods) {
        this.periods = periods;
    }

    public List<SatisfactionTrend> of(List<FeedbackEntry> entries, Granularity granularity, Instant from, Instant to) {
        if (entries.isEmpty() && (from == null || to == null)) {
            return List.of();
        }
        Map<String, List<FeedbackEntry>> byPeriod = entries.stream()
                .collect(Collectors.groupingBy(entry -> periods.labelOf(entry.occurredAt(), granularity)));
        Instant first = from != null ? from : entries.stream().map(FeedbackEntry::occurredAt)
                .min(Comparator.naturalOrder()).orElseThrow();
        Instant last = to != null ? to.minusNanos(1) : entries.stream().map(FeedbackEntry::occurredAt)
                .max(Comparator.naturalOrder()).orElseThrow();
        return periods.between(first, last, granularity).stream()
                .map(period -> trend(period, byPeriod.getOrDefault(period, List.of())))
                .toList();
    }

    private static SatisfactionTrend trend(String period, List<FeedbackEntry> answers) {
        List<Integer> csat = answers.stream().map(FeedbackEntry::csat).filter(Objects::nonNull).toList();
        List<Integer> nps = answers.stream().map(FeedbackEntry::nps).filter(Objects::nonNull).toList();
        int promoters = (int) nps.stream().filter(score -> score >= PROMOTER_FROM).count();
        int detractors = (int) nps.stream().filter(score -> score <= DETRACTOR_UP_TO).count();
        int comments = (int) answers.stream().map(FeedbackEntry::comment)
                .filter(comment -> comment != null && !comment.isBlank()).count();
        return new SatisfactionTrend(period, answers.size(), csat.size(), average(csat), nps.size(), promoters,
                nps.size() - promoters - detractors, detractors, netPromoterScore(promoters, detractors, nps.size()),
                comments);
    }

    private static BigDecimal average(List<Integer> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        int sum = scores.stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal netPromoterScore(int promoters, int detractors, int answers) {
        if (answers == 0) {
            return null;
        }
        return BigDecimal.valueOf(100L * (promoters - detractors))
                .divide(BigDecimal.valueOf(answers), 1, RoundingMode.HALF_UP);
    }
}
