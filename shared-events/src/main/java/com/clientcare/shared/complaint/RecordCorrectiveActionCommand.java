package com.clientcare.shared.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** K3: a Corrective Action Record: the problem, the action, the date it will be rectified, the prevention. */
public record RecordCorrectiveActionCommand(
        @TargetAggregateIdentifier String complaintId,
        String correctiveActionId,
        String problem,
        String action,
        LocalDate rectifyBy,
        String prevention,
        Instant recordedAt) {
}
