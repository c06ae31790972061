package com.clientcare.shared.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** C1: a consultation on the client's needs, issues and concerns. */
public record HoldConsultationCommand(
        @TargetAggregateIdentifier String clientId,
        String consultationId,
        Instant occurredAt,
        String needs,
        String issues,
        String concerns,
        boolean rightsExplained,
        String handledBy) {
}
