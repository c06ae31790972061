package com.clientcare.shared.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** K6: the client rejects the final response; it may go to independent redress. */
public record RejectFinalResponseCommand(
        @TargetAggregateIdentifier String complaintId,
        String reason,
        Instant rejectedAt) {
}
