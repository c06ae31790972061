package com.clientcare.shared.policy;

import java.time.Instant;

/** S6: the service policy was reviewed (due every January). */
public record ServicePolicyReviewedEvent(
        String policyId,
        String outcome,
        Instant reviewedAt) {
}
