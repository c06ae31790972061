package com.clientcare.shared.account;

import com.clientcare.shared.common.Money;

import java.time.Instant;

/**
 * M1: the work is complete: the reconciliation is issued with the totals of every receipt, draw-down and refund,
 * the closing balance is zero, and the account takes no more movements.
 */
public record ClientAccountClosedEvent(
        String accountId,
        String clientId,
        Instant completedAt,
        Money totalReceived,
        Money totalDrawnDown,
        Money totalRefunded,
        Money closingBalance) implements ClientAccountEvent {
}
