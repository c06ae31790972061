package com.clientcare.shared.policy;

import java.time.Instant;

/** S6: a version of the service policy was adopted; clocks started from effectiveFrom on use it. */
public record ServicePolicyVersionAdoptedEvent(
        String policyId,
        int version,
        ServicePolicyTerms terms,
        Instant effectiveFrom,
        String reason,
        Instant adoptedAt) {
}
