package com.clientcare.query.account;

import com.clientcare.shared.account.AccountStatus;
import com.clientcare.shared.common.Money;

import java.time.Instant;

/** M1: an account as lists show it (API.md); {@code lastMovementAt} is the business time of its latest movement. */
public record AccountSummary(String id, String clientId, String purpose, String currency, Money balance,
                             AccountStatus status, Instant openedAt, Instant lastMovementAt) {
}
