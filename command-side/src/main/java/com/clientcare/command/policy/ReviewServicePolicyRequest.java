package com.clientcare.command.policy;

import com.clientcare.shared.policy.ReviewServicePolicyCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/service-policy/reviews} (S6). */
public record ReviewServicePolicyRequest(
        @NotBlank @Size(max = 2000) String outcome) {

    ReviewServicePolicyCommand toCommand(Instant reviewedAt) {
        return new ReviewServicePolicyCommand(ServicePolicies.POLICY_ID, outcome, reviewedAt);
    }
}
