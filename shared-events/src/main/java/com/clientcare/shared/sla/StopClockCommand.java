package com.clientcare.shared.sla;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The fact that stops a clock happened at stoppedAt (business time); stoppedBy names that fact. */
public record StopClockCommand(
        @TargetAggregateIdentifier String clockId,
        Instant stoppedAt,
        String stoppedBy) {
}
