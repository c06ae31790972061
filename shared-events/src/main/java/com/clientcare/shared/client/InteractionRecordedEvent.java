package com.clientcare.shared.client;

import com.clientcare.shared.common.Channel;

import java.time.Instant;

/** C5: a contact with the client was recorded; occurredAt is business time. */
public record InteractionRecordedEvent(
        String clientId,
        String interactionId,
        Channel channel,
        Direction direction,
        InteractionPurpose purpose,
        String inReplyTo,
        String handledBy,
        String summary,
        Instant occurredAt) {
}
