package com.clientcare.shared.policy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** S6: adopt a new version of the service policy, in force from effectiveFrom. */
public record AdoptServicePolicyVersionCommand(
        @TargetAggregateIdentifier String policyId,
        ServicePolicyTerms terms,
        Instant effectiveFrom,
        String reason,
        Instant adoptedAt) {
}
