package com.clientcare.shared.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** C5: subscribe to or unsubscribe from the newsletter. */
public record SetNewsletterSubscriptionCommand(
        @TargetAggregateIdentifier String clientId,
        boolean subscribed,
        Instant changedAt) {
}
