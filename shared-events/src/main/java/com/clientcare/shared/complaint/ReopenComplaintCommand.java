package com.clientcare.shared.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** K8: a closed complaint is reopened; its S4 and S5 clocks start again. */
public record ReopenComplaintCommand(
        @TargetAggregateIdentifier String complaintId,
        String reason,
        Instant reopenedAt) {
}
