package com.clientcare.query.client;

import com.clientcare.shared.client.Direction;
import com.clientcare.shared.client.InteractionPurpose;
import com.clientcare.shared.common.Channel;

import java.time.Instant;

/** One entry of a client's interaction history (C5). */
public record InteractionView(
        String id,
        String clientId,
        Channel channel,
        Direction direction,
        InteractionPurpose purpose,
        String inReplyTo,
        String handledBy,
        String summary,
        Instant occurredAt) {
}
