package com.clientcare.shared.complaint;

import java.time.Instant;

/** K6: the client rejects the final response; it may go to independent redress. */
public record FinalResponseRejectedEvent(
        String complaintId,
        String reason,
        Instant rejectedAt) implements ComplaintEvent {
}
