package com.clientcare.command.client;

import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.List;

/** C8: what a client receives when asking for their data: every fact recorded in their file. */
public record PersonalDataExport(String clientId, Instant exportedAt, boolean erased, List<Fact> facts) {

    public record Fact(long sequence, String type, Instant recordedAt, Object content) {

        static Fact of(DomainEventMessage<?> event) {
            return new Fact(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp(),
                    event.getPayload());
        }
    }
}
