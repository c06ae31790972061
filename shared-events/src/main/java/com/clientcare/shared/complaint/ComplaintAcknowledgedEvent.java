package com.clientcare.shared.complaint;

import java.time.Instant;

/** K2: the acknowledgement letter: the complaint is being dealt with under the complaints procedure, free of charge. */
public record ComplaintAcknowledgedEvent(
        String complaintId,
        Instant sentAt,
        String procedure,
        boolean freeOfCharge) implements ComplaintEvent {
}
