package com.clientcare.query.client;

import com.clientcare.shared.common.Money;

import java.time.Instant;

/** One purchase in a client's history (C5). */
public record PurchaseView(String id, String clientId, Money amount, String description, Instant occurredAt) {
}
