package com.clientcare.shared.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** S4: the initial assessment of a complaint. */
public record AssessComplaintCommand(
        @TargetAggregateIdentifier String complaintId,
        Instant assessedAt,
        String summary) {
}
