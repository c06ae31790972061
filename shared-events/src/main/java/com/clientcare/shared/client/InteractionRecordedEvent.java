package com.clientcare.shared.client;

import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.DataSubject;
import com.clientcare.shared.common.PersonalData;

import java.time.Instant;

/**
 * C5: a contact with the client was recorded; occurredAt is business time. The client's tier when it was
 * recorded is part of the fact, because service levels (S1) depend on it.
 */
public record InteractionRecordedEvent(
        @DataSubject String clientId,
        String interactionId,
        Channel channel,
        Direction direction,
        InteractionPurpose purpose,
        String inReplyTo,
        String handledBy,
        @PersonalData String summary,
        Instant occurredAt,
        Tier clientTier) implements ClientEvent {
}
