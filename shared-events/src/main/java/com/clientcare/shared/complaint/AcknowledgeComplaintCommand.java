package com.clientcare.shared.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** K2: the acknowledgement letter: the complaint is being dealt with under the complaints procedure, free of charge. */
public record AcknowledgeComplaintCommand(
        @TargetAggregateIdentifier String complaintId,
        Instant sentAt) {
}
