package com.clientcare.command.client;

import com.clientcare.shared.client.SetRewardsClubMembershipCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.time.Instant;

/** Body of {@code PUT /api/clients/{id}/rewards-club} (C5). */
public record RewardsClubRequest(
        @NotNull Boolean member,
        @PastOrPresent Instant changedAt) {

    SetRewardsClubMembershipCommand toCommand(String clientId, Instant at) {
        return new SetRewardsClubMembershipCommand(clientId, member, at);
    }
}
