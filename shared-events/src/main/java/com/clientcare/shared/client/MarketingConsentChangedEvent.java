package com.clientcare.shared.client;

import com.clientcare.shared.common.Channel;

import java.time.Instant;

/** C6: consent for marketing on one channel was granted or withdrawn. */
public record MarketingConsentChangedEvent(
        String clientId,
        Channel channel,
        boolean granted,
        Instant changedAt) implements ClientEvent {
}
