package com.clientcare.shared.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** K6: a rejected complaint referred to independent third-party redress, the second stage. */
public record ReferComplaintCommand(
        @TargetAggregateIdentifier String complaintId,
        RedressBody body,
        Instant referredAt) {
}
