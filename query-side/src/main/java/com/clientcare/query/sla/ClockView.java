package com.clientcare.query.sla;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.sla.ClockStatus;
import com.clientcare.shared.sla.ServiceLevelRule;

import java.time.Instant;

/**
 * One service-level clock (S1..S5, S7) as analysts see it. The stored status is RUNNING, MET or BREACHED (all
 * recorded facts); AT_RISK is RUNNING seen at a moment past its at-risk time.
 */
public record ClockView(
        String clockId,
        ServiceLevelRule rule,
        String subjectId,
        String clientId,
        String complaintId,
        Tier tier,
        Instant startedAt,
        Instant deadline,
        Instant atRiskFrom,
        int policyVersion,
        ClockStatus status,
        Instant stoppedAt,
        Instant breachedAt) {

    ClockView as(ClockStatus newStatus, Instant stopped, Instant breached) {
        return new ClockView(clockId, rule, subjectId, clientId, complaintId, tier, startedAt, deadline, atRiskFrom,
                policyVersion, newStatus, stopped, breached);
    }

    /** The status as of {@code now}: a running clock past its at-risk time is AT_RISK. */
    public ClockView seenAt(Instant now) {
        return status == ClockStatus.RUNNING && !now.isBefore(atRiskFrom) ? as(ClockStatus.AT_RISK, stoppedAt, breachedAt)
                : this;
    }
}
