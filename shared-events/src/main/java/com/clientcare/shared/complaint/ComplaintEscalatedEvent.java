package com.clientcare.shared.complaint;

import java.time.Instant;

/** K4: one level up; causedByClock names the breached clock when the escalation was automatic. */
public record ComplaintEscalatedEvent(
        String complaintId,
        EscalationLevel from,
        EscalationLevel to,
        String reason,
        String causedByClock,
        Instant escalatedAt) implements ComplaintEvent {
}
