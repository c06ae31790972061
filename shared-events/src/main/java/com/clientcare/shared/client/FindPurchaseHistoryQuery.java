package com.clientcare.shared.client;

/** C5: one page of a client's transactions, oldest first, with totals per currency over all of them. */
public record FindPurchaseHistoryQuery(String clientId, int page, int size) {
}
