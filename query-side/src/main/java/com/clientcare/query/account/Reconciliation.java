package com.clientcare.query.account;

import com.clientcare.shared.account.ClientAccountClosedEvent;
import com.clientcare.shared.account.MovementType;
import com.clientcare.shared.common.Money;

import java.time.Instant;
import java.util.List;

/**
 * M1: what the client gets when the work is complete: every receipt, draw-down and refund with its date and
 * reference, the total of each kind and the closing balance (zero), as issued on completion.
 */
public record Reconciliation(String accountId, String clientId, String purpose, String currency, Instant openedAt,
                             Instant completedAt, List<MovementView> receipts, List<MovementView> drawDowns,
                             List<MovementView> refunds, Money totalReceived, Money totalDrawnDown,
                             Money totalRefunded, Money closingBalance) {

    static Reconciliation of(AccountView account, ClientAccountClosedEvent closed) {
        return new Reconciliation(account.id(), account.clientId(), account.purpose(), account.currency(),
                account.openedAt(), closed.completedAt(), account.movementsOf(MovementType.RECEIPT),
                account.movementsOf(MovementType.DRAW_DOWN), account.movementsOf(MovementType.REFUND),
                closed.totalReceived(), closed.totalDrawnDown(), closed.totalRefunded(), closed.closingBalance());
    }

    Reconciliation erased() {
        return new Reconciliation(accountId, clientId, purpose, currency, openedAt, completedAt, receipts, drawDowns,
                refunds.stream().map(MovementView::erased).toList(), totalReceived, totalDrawnDown, totalRefunded,
                closingBalance);
    }
}
