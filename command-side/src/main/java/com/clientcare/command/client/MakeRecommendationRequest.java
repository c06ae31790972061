package com.clientcare.command.client;

import com.clientcare.command.infra.RecordIds;
import com.clientcare.shared.client.MakeRecommendationCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Body of {@code POST /api/clients/{id}/recommendations} (C4); how many options is the rule's to judge (422). */
public record MakeRecommendationRequest(
        @Pattern(regexp = RecordIds.PATTERN) String id,
        @NotBlank @Size(max = 4000) String needsAnalysis,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) String> products,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) String> services,
        @Size(max = 100) String recommendedBy,
        @PastOrPresent Instant occurredAt) implements ClientFactRequest {

    @Override
    public Instant businessTime() {
        return occurredAt;
    }

    @Override
    public MakeRecommendationCommand toCommand(String clientId, String recommendationId, Instant at) {
        return new MakeRecommendationCommand(clientId, recommendationId, needsAnalysis, List.copyOf(products),
                List.copyOf(services), recommendedBy, at);
    }
}
