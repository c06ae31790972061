package com.clientcare.shared.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** K3: a corrective action was completed. */
public record CompleteCorrectiveActionCommand(
        @TargetAggregateIdentifier String complaintId,
        String correctiveActionId,
        Instant completedAt) {
}
