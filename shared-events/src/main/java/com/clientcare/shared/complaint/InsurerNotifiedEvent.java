package com.clientcare.shared.complaint;

import java.time.Instant;

/** K7: the professional indemnity insurer was notified of a complaint that could lead to a claim. */
public record InsurerNotifiedEvent(
        String complaintId,
        String insurer,
        Instant notifiedAt) implements ComplaintEvent {
}
