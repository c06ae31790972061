package com.clientcare.shared.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** C3: give the client another account manager. */
public record ReassignAccountManagerCommand(
        @TargetAggregateIdentifier String clientId,
        String accountManager,
        String reason,
        Instant reassignedAt) {
}
