package com.clientcare.shared.sla;

import java.time.Instant;

/**
 * A page of the service-level clocks, newest start first, each with its status as of {@code now} (AT_RISK is
 * computed against it); null filters match all.
 */
public record FindClocksQuery(
        Instant now,
        ClockStatus status,
        String clientId,
        String complaintId,
        ServiceLevelRule rule,
        int page,
        int size) {
}
