package com.clientcare.shared.client;

import com.clientcare.shared.common.Channel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** C5: a contact with the client on any channel, in either direction. */
public record RecordInteractionCommand(
        @TargetAggregateIdentifier String clientId,
        String interactionId,
        Channel channel,
        Direction direction,
        InteractionPurpose purpose,
        String inReplyTo,
        String handledBy,
        String summary,
        Instant occurredAt) {
}
