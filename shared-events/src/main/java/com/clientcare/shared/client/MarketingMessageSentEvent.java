package com.clientcare.shared.client;

import com.clientcare.shared.common.Channel;

import java.time.Instant;

/** C6: a marketing message went out on a channel the client had consented to. */
public record MarketingMessageSentEvent(
        String clientId,
        String messageId,
        String campaign,
        Channel channel,
        Instant sentAt) implements ClientEvent {
}
