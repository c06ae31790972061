package com.clientcare.shared.complaint;

import java.time.Instant;

/** K5, S5: the final response: outcome and remedy or redress offered. */
public record FinalResponseIssuedEvent(
        String complaintId,
        ComplaintOutcome outcome,
        String remedy,
        Instant respondedAt,
        int cycle) implements ComplaintEvent {
}
