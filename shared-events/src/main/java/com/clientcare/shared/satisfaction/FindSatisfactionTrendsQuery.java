package com.clientcare.shared.satisfaction;

import com.clientcare.shared.client.Tier;

import java.time.Instant;

/** C7 trends per period; tier and account manager are those recorded with each answer; null filters match all. */
public record FindSatisfactionTrendsQuery(
        Granularity granularity,
        Instant from,
        Instant to,
        Tier tier,
        String accountManager) {
}
