package com.clientcare.shared.policy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** S6: adopt the default terms as version 1, effective since ever, unless some version exists already. */
public record EnsureDefaultServicePolicyCommand(
        @TargetAggregateIdentifier String policyId,
        ServicePolicyTerms terms,
        Instant adoptedAt) {
}
