package com.clientcare.shared.client;

import com.clientcare.shared.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** C2: the client's annual revenue changed; the tier follows it. */
public record ChangeAnnualRevenueCommand(
        @TargetAggregateIdentifier String clientId,
        Money annualRevenue,
        String reason,
        Instant changedAt) {
}
