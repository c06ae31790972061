package com.clientcare.shared.account;

import com.clientcare.shared.common.Money;

import java.time.Instant;

/** M1: money paid in advance, held in the client account. */
public record MoneyReceivedEvent(
        String accountId,
        String clientId,
        Instant receivedAt,
        String receiptId,
        Money amount,
        String reference) implements ClientAccountEvent {
}
