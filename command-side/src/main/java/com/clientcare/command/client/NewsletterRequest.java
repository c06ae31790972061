package com.clientcare.command.client;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import jakarta.validation.constraints.PastOrPresent;

/** Body of {@code PUT /api/clients/{id}/newsletter} (C5). */
public record NewsletterRequest(
        @NotNull Boolean subscribed,
        @PastOrPresent Instant changedAt) {
}
