package com.clientcare.shared.sla;

import com.clientcare.shared.client.Tier;

import java.time.Instant;

/**
 * A page of the breached clocks in order of their breach time; {@code from} inclusive, {@code to} exclusive; null
 * filters match all.
 */
public record FindBreachesQuery(
        Instant from,
        Instant to,
        ServiceLevelRule rule,
        Tier tier,
        int page,
        int size) {
}
