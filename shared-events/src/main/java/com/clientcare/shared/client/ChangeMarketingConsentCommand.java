package com.clientcare.shared.client;

import com.clientcare.shared.common.Channel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Map;

/** C6: grant or withdraw marketing consent, per channel; channels not named keep their consent. */
public record ChangeMarketingConsentCommand(
        @TargetAggregateIdentifier String clientId,
        Map<Channel, Boolean> consent,
        Instant changedAt) {
}
