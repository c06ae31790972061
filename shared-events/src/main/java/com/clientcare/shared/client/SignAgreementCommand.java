package com.clientcare.shared.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** C4: a Product and Service Agreement for the options the client prefers. */
public record SignAgreementCommand(
        @TargetAggregateIdentifier String clientId,
        String agreementId,
        String recommendationId,
        List<String> products,
        List<String> services,
        Instant signedAt) {
}
