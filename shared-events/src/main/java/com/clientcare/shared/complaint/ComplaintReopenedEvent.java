package com.clientcare.shared.complaint;

import java.time.Instant;

/** K8: a closed complaint is reopened; its S4 and S5 clocks start again. */
public record ComplaintReopenedEvent(
        String complaintId,
        String reason,
        Instant reopenedAt,
        int cycle) implements ComplaintEvent {
}
