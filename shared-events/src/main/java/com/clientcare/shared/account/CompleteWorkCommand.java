package com.clientcare.shared.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** M1: the work the account paid for is complete: reconcile and close. */
public record CompleteWorkCommand(
        @TargetAggregateIdentifier String accountId,
        Instant completedAt) {
}
