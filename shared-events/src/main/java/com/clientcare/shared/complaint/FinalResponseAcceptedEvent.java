package com.clientcare.shared.complaint;

import java.time.Instant;

/** K6: the client accepts the final response: the complaint is resolved. */
public record FinalResponseAcceptedEvent(
        String complaintId,
        Instant acceptedAt) implements ComplaintEvent {
}
