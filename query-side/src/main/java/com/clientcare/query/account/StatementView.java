package com.clientcare.query.account;

import com.clientcare.shared.account.StatementIssuedEvent;
import com.clientcare.shared.account.StatementLine;
import com.clientcare.shared.common.Money;

import java.time.Instant;
import java.util.List;

/** M1: a statement exactly as issued; statements never change, so a replay gives the same ones. */
public record StatementView(String accountId, String clientId, int number, Instant issuedAt, String reason,
                            Money openingBalance, List<StatementLine> movements, Money closingBalance) {

    static StatementView of(StatementIssuedEvent event) {
        return new StatementView(event.accountId(), event.clientId(), event.number(), event.issuedAt(), event.reason(),
                event.openingBalance(), event.movements(), event.closingBalance());
    }
}
