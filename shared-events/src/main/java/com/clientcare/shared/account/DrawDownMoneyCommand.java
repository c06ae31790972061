package com.clientcare.shared.account;

import com.clientcare.shared.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** M1: draw money down under a stage of the agreed terms. */
public record DrawDownMoneyCommand(
        @TargetAggregateIdentifier String accountId,
        String drawDownId,
        String stage,
        Money amount,
        String invoiceReference,
        Instant drawnAt) {
}
