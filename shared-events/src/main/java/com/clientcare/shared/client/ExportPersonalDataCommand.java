package com.clientcare.shared.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** C8: hand the client everything held about them. */
public record ExportPersonalDataCommand(
        @TargetAggregateIdentifier String clientId,
        Instant exportedAt) {
}
