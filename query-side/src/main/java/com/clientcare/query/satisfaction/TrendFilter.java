package com.clientcare.query.satisfaction;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.satisfaction.FindSatisfactionTrendsQuery;
import com.clientcare.shared.satisfaction.Granularity;

import java.time.Instant;

/** The query parameters of the trend endpoints; every one optional. */
public record TrendFilter(Granularity granularity, Instant from, Instant to, Tier tier, String accountManager) {

    FindSatisfactionTrendsQuery query(Granularity byDefault) {
        return new FindSatisfactionTrendsQuery(granularity == null ? byDefault : granularity, from, to, tier,
                accountManager);
    }
}
