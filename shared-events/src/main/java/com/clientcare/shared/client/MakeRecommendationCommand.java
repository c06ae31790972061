package com.clientcare.shared.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** C4: after a needs analysis, recommend exactly two products and two services. */
public record MakeRecommendationCommand(
        @TargetAggregateIdentifier String clientId,
        String recommendationId,
        String needsAnalysis,
        List<String> products,
        List<String> services,
        String recommendedBy,
        Instant occurredAt) {
}
