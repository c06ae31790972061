package com.clientcare.command.client;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** Body of {@code PUT /api/clients/{id}/rewards-club} (C5). */
public record RewardsClubRequest(
        @NotNull Boolean member,
        Instant changedAt) {
}
