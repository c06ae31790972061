package com.clientcare.shared.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** M1: open a client account for a client's engagement, in one currency. */
public record OpenClientAccountCommand(
        @TargetAggregateIdentifier String accountId,
        String clientId,
        String purpose,
        String currency,
        Instant openedAt) {
}
