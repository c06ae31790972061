package com.clientcare.shared.client;

import java.time.Instant;

/** C3: the client has one account manager at a time; this records the change. */
public record AccountManagerReassignedEvent(
        String clientId,
        String from,
        String to,
        String reason,
        Instant reassignedAt) implements ClientEvent {
}
