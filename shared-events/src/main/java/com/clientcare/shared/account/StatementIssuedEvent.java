package com.clientcare.shared.account;

import com.clientcare.shared.common.Money;

import java.time.Instant;
import java.util.List;

/**
 * M1: statement {@code number} as issued, immutable: the balance before, the movements since the previous statement
 * and the balance after. Issued by the system at once with the account's opening and after every movement.
 */
public record StatementIssuedEvent(
        String accountId,
        String clientId,
        Instant issuedAt,
        int number,
        String reason,
        Money openingBalance,
        List<StatementLine> movements,
        Money closingBalance) implements ClientAccountEvent {
}
