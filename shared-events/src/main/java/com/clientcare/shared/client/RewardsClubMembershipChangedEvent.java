package com.clientcare.shared.client;

import java.time.Instant;

/** C5: the client joined (member) or left the rewards club. */
public record RewardsClubMembershipChangedEvent(
        String clientId,
        boolean member,
        Instant changedAt) implements ClientEvent {
}
