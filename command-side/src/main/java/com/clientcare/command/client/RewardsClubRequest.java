package com.clientcare.command.client;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import jakarta.validation.constraints.PastOrPresent;

/** Body of {@code PUT /api/clients/{id}/rewards-club} (C5). */
public record RewardsClubRequest(
        @NotNull Boolean member,
        @PastOrPresent Instant changedAt) {
}
