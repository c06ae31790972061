package com.clientcare.shared.policy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** S6: record the annual review of the service policy. */
public record ReviewServicePolicyCommand(
        @TargetAggregateIdentifier String policyId,
        String outcome,
        Instant reviewedAt) {
}
