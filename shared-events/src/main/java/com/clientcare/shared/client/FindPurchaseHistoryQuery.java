package com.clientcare.shared.client;

/** C5: a client's transactions, oldest first, with totals per currency. */
public record FindPurchaseHistoryQuery(String clientId) {
}
