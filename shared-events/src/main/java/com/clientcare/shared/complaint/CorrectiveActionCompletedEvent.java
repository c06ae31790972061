package com.clientcare.shared.complaint;

import java.time.Instant;

/** K3: a corrective action was completed. */
public record CorrectiveActionCompletedEvent(
        String complaintId,
        String correctiveActionId,
        Instant completedAt) implements ComplaintEvent {
}
