package com.clientcare.shared.complaint;

import java.time.Instant;

/** K6: a rejected complaint referred to independent third-party redress, the second stage. */
public record ComplaintReferredEvent(
        String complaintId,
        RedressBody body,
        Instant referredAt) implements ComplaintEvent {
}
