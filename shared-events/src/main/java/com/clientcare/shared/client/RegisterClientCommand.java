package com.clientcare.shared.client;

import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** C1: open a client file. Retrying with the same id and the same content is harmless. */
public record RegisterClientCommand(
        @TargetAggregateIdentifier String clientId,
        String name,
        ClientKind kind,
        ContactDetails contact,
        Money annualRevenue,
        String accountManager,
        List<Channel> preferredChannels,
        Map<Channel, Boolean> marketingConsent,
        Instant registeredAt) {
}
