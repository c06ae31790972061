package com.clientcare.shared.client;

import java.time.Instant;

/** C2: a revenue change crossed a tier boundary; the engagement level follows the tier. */
public record TierChangedEvent(
        String clientId,
        Tier from,
        Tier to,
        EngagementLevel engagementLevel,
        String reason,
        Instant changedAt) implements ClientEvent {
}
