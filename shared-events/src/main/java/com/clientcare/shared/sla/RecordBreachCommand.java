package com.clientcare.shared.sla;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** S7: the deadline watch saw the clock's deadline pass; the breach is recorded at the deadline, once. */
public record RecordBreachCommand(
        @TargetAggregateIdentifier String clockId,
        Instant now) {
}
