package com.clientcare.shared.client;

import com.clientcare.shared.common.Channel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** C6: send a campaign's message on one channel. */
public record SendMarketingMessageCommand(
        @TargetAggregateIdentifier String clientId,
        String messageId,
        String campaign,
        Channel channel,
        Instant sentAt) {
}
