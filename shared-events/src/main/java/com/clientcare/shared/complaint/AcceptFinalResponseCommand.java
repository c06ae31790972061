package com.clientcare.shared.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** K6: the client accepts the final response: the complaint is resolved. */
public record AcceptFinalResponseCommand(
        @TargetAggregateIdentifier String complaintId,
        Instant acceptedAt) {
}
