package com.clientcare.shared.complaint;

import java.time.Instant;
import java.time.LocalDate;

/** K3: a Corrective Action Record: the problem, the action, the date it will be rectified, the prevention. */
public record CorrectiveActionRecordedEvent(
        String complaintId,
        String correctiveActionId,
        String problem,
        String action,
        LocalDate rectifyBy,
        String prevention,
        Instant recordedAt) implements ComplaintEvent {
}
