package com.clientcare.shared.sla;

import com.clientcare.shared.client.Tier;

import java.time.Instant;

/** S7: the deadline passed before the stop fact; breachedAt is the deadline. */
public record ClockBreachedEvent(
        String clockId,
        ServiceLevelRule rule,
        String subjectId,
        String clientId,
        String complaintId,
        Tier tier,
        Instant deadline,
        Instant breachedAt) {
}
