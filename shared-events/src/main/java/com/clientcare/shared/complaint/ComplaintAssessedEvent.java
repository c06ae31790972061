package com.clientcare.shared.complaint;

import java.time.Instant;

/** S4: the initial assessment of a complaint. */
public record ComplaintAssessedEvent(
        String complaintId,
        Instant assessedAt,
        String summary,
        int cycle) implements ComplaintEvent {
}
