package com.clientcare.command.policy;

import com.clientcare.shared.policy.AdoptServicePolicyVersionCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/service-policy/versions} (S6). */
public record AdoptServicePolicyVersionRequest(
        @NotNull @Valid ServicePolicyTermsRequest terms,
        @NotNull Instant effectiveFrom,
        @NotBlank @Size(max = 500) String reason) {

    AdoptServicePolicyVersionCommand toCommand(Instant adoptedAt) {
        return new AdoptServicePolicyVersionCommand(ServicePolicies.POLICY_ID, terms.toTerms(), effectiveFrom, reason,
                adoptedAt);
    }
}
