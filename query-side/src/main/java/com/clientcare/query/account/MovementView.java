package com.clientcare.query.account;

import com.clientcare.shared.account.MovementType;
import com.clientcare.shared.common.Money;

import java.time.Instant;

/**
 * M1: one movement of an account: {@code reference} is the payer's reference of a receipt or the invoice of a
 * draw-down, {@code stage} the terms' stage of a draw-down, {@code reason} why a refund was made (personal, C8).
 */
public record MovementView(String id, MovementType type, Money amount, Instant at, String reference, String stage,
                           String reason, Money balanceAfter) {

    MovementView erased() {
        return reason == null ? this : new MovementView(id, type, amount, at, reference, stage, AccountView.ERASED,
                balanceAfter);
    }
}
