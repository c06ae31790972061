package com.clientcare.query.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One event as auditors see it: its place in the global log and in its aggregate, what it says, when it
 * happened in the world and when it was recorded, and who caused it, within which conversation.
 */
public record AuditEvent(
        Long globalIndex,
        String eventId,
        String aggregateType,
        String aggregateId,
        Long sequence,
        String type,
        Instant businessTime,
        Instant recordedAt,
        JsonNode payload,
        Metadata metadata) {

    public record Metadata(String user, String correlationId, String causationId) {
    }
}
