package com.clientcare.query.satisfaction;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the survey answers of one period add up to (C7): the counts a trend row is computed from, so a period's
 * row never needs its answers. Answers of one kind (the same CSAT, NPS and whether commented) add up as one.
 */
public record Tally(int responses, int csatResponses, long csatSum, int npsResponses, int promoters, int detractors,
                    int comments) {

    public static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0);
    private static final int PROMOTER_FROM = 9;
    private static final int DETRACTOR_UP_TO = 6;

    /** {@code count} answers with this CSAT and NPS (either may be null), commented or not. */
    public static Tally of(Integer csat, Integer nps, boolean commented, int count) {
        return new Tally(count, csat == null ? 0 : count, csat == null ? 0 : (long) csat * count,
                nps == null ? 0 : count, nps != null && nps >= PROMOTER_FROM ? count : 0,
                nps != null && nps <= DETRACTOR_UP_TO ? count : 0, commented ? count : 0);
    }

    public Tally plus(Tally other) {
        return new Tally(responses + other.responses, csatResponses + other.csatResponses, csatSum + other.csatSum,
                npsResponses + other.npsResponses, promoters + other.promoters, detractors + other.detractors,
                comments + other.comments);
    }

    /** CSAT average over the CSAT answers (2 decimals); NPS = % promoters - % detractors (1 decimal). */
    public SatisfactionTrend trend(String period) {
        BigDecimal csatAverage = csatResponses == 0 ? null : BigDecimal.valueOf(csatSum)
                .divide(BigDecimal.valueOf(csatResponses), 2, RoundingMode.HALF_UP);
        BigDecimal npsScore = npsResponses == 0 ? null : BigDecimal.valueOf(100L * (promoters - detractors))
                .divide(BigDecimal.valueOf(npsResponses), 1, RoundingMode.HALF_UP);
        return new SatisfactionTrend(period, responses, csatResponses, csatAverage, npsResponses, promoters,
                npsResponses - promoters - detractors, detractors, npsScore, comments);
    }
}
