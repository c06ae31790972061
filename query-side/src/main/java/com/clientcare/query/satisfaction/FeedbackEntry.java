package com.clientcare.query.satisfaction;

import com.clientcare.shared.client.FeedbackContext;
import com.clientcare.shared.client.Tier;

import java.time.Instant;

/** One survey answer (C7), as recorded. */
public record FeedbackEntry(
        String id,
        String clientId,
        Integer csat,
        Integer nps,
        String comment,
        FeedbackContext context,
        Instant occurredAt,
        Tier tier,
        String accountManager) {
}
