package com.clientcare.shared.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** K4: one level up; causedByClock names the breached clock when the escalation was automatic. */
public record EscalateComplaintCommand(
        @TargetAggregateIdentifier String complaintId,
        String reason,
        String causedByClock,
        Instant escalatedAt) {
}
