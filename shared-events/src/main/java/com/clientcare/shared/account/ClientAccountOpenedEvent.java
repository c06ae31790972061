package com.clientcare.shared.account;

import java.time.Instant;

/** M1: money to be paid in advance for {@code purpose} will be held in this account, in one currency. */
public record ClientAccountOpenedEvent(
        String accountId,
        String clientId,
        Instant openedAt,
        String purpose,
        String currency) implements ClientAccountEvent {
}
