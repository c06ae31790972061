package com.clientcare.shared.client;

import com.clientcare.shared.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** C5: a purchase by the client. */
public record RecordTransactionCommand(
        @TargetAggregateIdentifier String clientId,
        String transactionId,
        Money amount,
        String description,
        Instant occurredAt) {
}
