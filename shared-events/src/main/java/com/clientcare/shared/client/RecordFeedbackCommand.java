package com.clientcare.shared.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** C7: a satisfaction survey answer: CSAT 1 to 5 and/or NPS 0 to 10, with a comment. */
public record RecordFeedbackCommand(
        @TargetAggregateIdentifier String clientId,
        String feedbackId,
        Integer csat,
        Integer nps,
        String comment,
        FeedbackContext context,
        Instant occurredAt) {
}
