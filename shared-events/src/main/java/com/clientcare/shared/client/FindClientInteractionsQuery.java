package com.clientcare.shared.client;

import com.clientcare.shared.common.Channel;

import java.time.Instant;

/** A client's interactions, oldest first; filters are optional (null), {@code from} inclusive, {@code to} exclusive. */
public record FindClientInteractionsQuery(
        String clientId,
        Channel channel,
        InteractionPurpose purpose,
        Instant from,
        Instant to,
        int page,
        int size) {
}
