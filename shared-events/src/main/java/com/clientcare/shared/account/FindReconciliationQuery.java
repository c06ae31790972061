package com.clientcare.shared.account;

/** M1: a client account's reconciliation; none before the work is complete. */
public record FindReconciliationQuery(String accountId) {
}
