package com.clientcare.shared.account;

import com.clientcare.shared.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** M1: money paid in advance into the account. */
public record RecordReceiptCommand(
        @TargetAggregateIdentifier String accountId,
        String receiptId,
        Money amount,
        Instant receivedAt,
        String reference) {
}
