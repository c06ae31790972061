package com.clientcare.shared.client;

import com.clientcare.shared.common.Money;

import java.time.Instant;

/** C2: a new annual revenue was recorded (whether or not it changed the tier). */
public record AnnualRevenueChangedEvent(
        String clientId,
        Money from,
        Money to,
        String reason,
        Instant changedAt) implements ClientEvent {
}
