package com.clientcare.command.client;

import com.clientcare.shared.client.SetNewsletterSubscriptionCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.time.Instant;

/** Body of {@code PUT /api/clients/{id}/newsletter} (C5). */
public record NewsletterRequest(
        @NotNull Boolean subscribed,
        @PastOrPresent Instant changedAt) {

    SetNewsletterSubscriptionCommand toCommand(String clientId, Instant at) {
        return new SetNewsletterSubscriptionCommand(clientId, subscribed, at);
    }
}
