package com.clientcare.shared.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** S2: the initial response to a complaint. */
public record SendInitialResponseCommand(
        @TargetAggregateIdentifier String complaintId,
        Instant respondedAt) {
}
