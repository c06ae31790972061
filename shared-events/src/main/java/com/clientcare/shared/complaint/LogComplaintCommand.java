package com.clientcare.shared.complaint;

import com.clientcare.shared.common.Channel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** K1: a complaint is logged; it starts the S2, S4 and S5 clocks. */
public record LogComplaintCommand(
        @TargetAggregateIdentifier String complaintId,
        String clientId,
        Channel channel,
        ComplaintCategory category,
        String description,
        Instant receivedAt,
        boolean potentialClaim) {
}
