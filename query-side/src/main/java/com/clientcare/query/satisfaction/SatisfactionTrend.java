package com.clientcare.query.satisfaction;

import java.math.BigDecimal;

/**
 * C7 for one period: {@code csatAverage} over the CSAT answers (2 decimals), {@code npsScore} = per cent promoters
 * (9-10) minus per cent detractors (0-6) over the NPS answers (1 decimal); null where there were no such answers.
 */
public record SatisfactionTrend(
        String period,
        int responses,
        int csatResponses,
        BigDecimal csatAverage,
        int npsResponses,
        int promoters,
        int passives,
        int detractors,
        BigDecimal npsScore,
        int comments) {
}
