package com.clientcare.shared.account;

import com.clientcare.shared.common.Money;

import java.time.Instant;

/** M1: money drawn down under a stage of the agreed terms, against an invoice. */
public record MoneyDrawnDownEvent(
        String accountId,
        String clientId,
        Instant drawnAt,
        String drawDownId,
        String stage,
        Money amount,
        String invoiceReference) implements ClientAccountEvent {
}
