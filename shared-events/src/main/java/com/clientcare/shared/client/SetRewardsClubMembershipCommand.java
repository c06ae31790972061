package com.clientcare.shared.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** C5: join or leave the rewards club. */
public record SetRewardsClubMembershipCommand(
        @TargetAggregateIdentifier String clientId,
        boolean member,
        Instant changedAt) {
}
