package com.clientcare.shared.account;

import com.clientcare.shared.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** M1: return money held to the client. */
public record RefundMoneyCommand(
        @TargetAggregateIdentifier String accountId,
        String refundId,
        Money amount,
        Instant refundedAt,
        String reason) {
}
