package com.clientcare.shared.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** C8: erase the client's personal data on request. */
public record ErasePersonalDataCommand(
        @TargetAggregateIdentifier String clientId,
        String reason,
        Instant erasedAt) {
}
