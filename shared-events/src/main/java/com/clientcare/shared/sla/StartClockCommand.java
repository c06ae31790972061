package com.clientcare.shared.sla;

import com.clientcare.shared.client.Tier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** S7: start a service-level clock on the fact that starts it (startedAt is its business time). */
public record StartClockCommand(
        @TargetAggregateIdentifier String clockId,
        ServiceLevelRule rule,
        String subjectId,
        String clientId,
        String complaintId,
        Tier tier,
        Instant startedAt) {
}
