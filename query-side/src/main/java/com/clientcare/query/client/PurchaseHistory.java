package com.clientcare.query.client;

import com.clientcare.shared.common.Money;

import java.util.List;

/** A client's purchases, oldest first, and the exact total spent in each currency. */
public record PurchaseHistory(String clientId, List<PurchaseView> transactions, List<Money> totals) {
}
