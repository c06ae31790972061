package com.clientcare.shared.client;

import com.clientcare.shared.common.Channel;

import java.time.Instant;

/** C5: the client's response to a campaign on a channel. */
public record MarketingResponseRecordedEvent(
        String clientId,
        String responseId,
        String campaign,
        Channel channel,
        MarketingOutcome outcome,
        Instant occurredAt) implements ClientEvent {
}
