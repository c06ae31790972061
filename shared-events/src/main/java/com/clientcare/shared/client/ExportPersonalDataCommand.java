package com.clientcare.shared.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** C8: hand the client everything held about them; only an administrator or the client's account manager may. */
public record ExportPersonalDataCommand(
        @TargetAggregateIdentifier String clientId,
        Instant exportedAt,
        String requestedBy,
        boolean administrator) {
}
