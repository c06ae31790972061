package com.clientcare.query.marketing;

import com.clientcare.shared.client.MarketingOutcome;
import com.clientcare.shared.common.Channel;

import java.time.Instant;

/** A marketing message sent (outcome null) or a client's response to a campaign (C5, C6). */
public record MarketingContact(String id, String clientId, String campaign, Channel channel,
                               MarketingOutcome outcome, Instant occurredAt) {
}
