package com.clientcare.shared.audit;

import java.time.Instant;

/**
 * Up to {@code limit} events of the log in global order after the global index {@code after}; null criteria match
 * all. {@code from} and {@code to} are recorded time ({@code from} inclusive, {@code to} exclusive); {@code type}
 * is the event's simple name.
 */
public record FindAuditEventsQuery(
        String aggregateId,
        String type,
        Instant from,
        Instant to,
        String user,
        String correlationId,
        Long after,
        int limit) {
}
