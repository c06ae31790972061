package com.clientcare.shared.client;

import com.clientcare.shared.common.Channel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** C5: how the client responded to a marketing stimulus. */
public record RecordMarketingResponseCommand(
        @TargetAggregateIdentifier String clientId,
        String responseId,
        String campaign,
        Channel channel,
        MarketingOutcome outcome,
        Instant occurredAt) {
}
