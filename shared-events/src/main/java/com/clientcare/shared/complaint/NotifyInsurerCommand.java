package com.clientcare.shared.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** K7: the professional indemnity insurer was notified of a complaint that could lead to a claim. */
public record NotifyInsurerCommand(
        @TargetAggregateIdentifier String complaintId,
        String insurer,
        Instant notifiedAt) {
}
