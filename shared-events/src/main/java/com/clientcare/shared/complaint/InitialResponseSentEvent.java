package com.clientcare.shared.complaint;

import java.time.Instant;

/** S2: the initial response to a complaint. */
public record InitialResponseSentEvent(
        String complaintId,
        Instant respondedAt) implements ComplaintEvent {
}
