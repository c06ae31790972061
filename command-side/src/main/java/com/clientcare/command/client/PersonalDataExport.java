package com.clientcare.command.client;

import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.List;

/**
 * C8: what a client receives when asking for their data: every fact recorded in their file, their complaints and
 * their client accounts.
 */
public record PersonalDataExport(String clientId, Instant exportedAt, boolean erased, List<Fact> facts) {

    /**
     * One recorded event; {@code recordId} is the client's id, a complaint's for a complaint about them, or a client
     * account's (M1).
     */
    public record Fact(String recordId, long sequence, String type, Instant recordedAt, Object content) {

        static Fact of(DomainEventMessage<?> event) {
            return new Fact(event.getAggregateIdentifier(), event.getSequenceNumber(),
                    event.getPayloadType().getSimpleName(), event.getTimestamp(), event.getPayload());
        }
    }
}
