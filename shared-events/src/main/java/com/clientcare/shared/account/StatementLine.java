package com.clientcare.shared.account;

import com.clientcare.shared.common.Money;

import java.time.Instant;

/**
 * M1: one movement as a statement shows it. {@code reference} is the payer's reference of a receipt or the invoice of
 * a draw-down (business references, kept through an erasure); {@code stage} names the terms' stage of a draw-down.
 */
public record StatementLine(String movementId, MovementType type, Money amount, Instant at, String reference,
                            String stage, Money balanceAfter) {
}
