package com.clientcare.shared.sla;

import com.clientcare.shared.client.Tier;

import java.time.Instant;

/** S7: a clock started, with the deadline and at-risk time set by the policy version in force at its start (S6). */
public record ClockStartedEvent(
        String clockId,
        ServiceLevelRule rule,
        String subjectId,
        String clientId,
        String complaintId,
        Tier tier,
        Instant startedAt,
        Instant deadline,
        Instant atRiskFrom,
        int policyVersion) {
}
