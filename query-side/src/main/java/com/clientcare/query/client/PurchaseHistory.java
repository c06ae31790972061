package com.clientcare.query.client;

import com.clientcare.shared.common.Money;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * One page of a client's purchases, oldest first, and the exact total spent in each currency over all of them;
 * {@code total} (how many purchases in all) goes in X-Total-Count, not in the body.
 */
public record PurchaseHistory(String clientId, List<PurchaseView> transactions, List<Money> totals,
                              @JsonIgnore long total) {
}
