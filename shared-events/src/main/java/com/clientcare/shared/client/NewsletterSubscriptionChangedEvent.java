package com.clientcare.shared.client;

import java.time.Instant;

/** C5: the client subscribed to or unsubscribed from the newsletter. */
public record NewsletterSubscriptionChangedEvent(
        String clientId,
        boolean subscribed,
        Instant changedAt) implements ClientEvent {
}
