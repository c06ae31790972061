package com.clientcare.shared.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** K5, S5: the final response: outcome and remedy or redress offered. */
public record IssueFinalResponseCommand(
        @TargetAggregateIdentifier String complaintId,
        ComplaintOutcome outcome,
        String remedy,
        Instant respondedAt) {
}
