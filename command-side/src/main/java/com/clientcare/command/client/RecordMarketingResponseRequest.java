package com.clientcare.command.client;

import com.clientcare.command.infra.RecordIds;
import com.clientcare.shared.client.MarketingOutcome;
import com.clientcare.shared.client.RecordMarketingResponseCommand;
import com.clientcare.shared.common.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/clients/{id}/marketing-responses} (C5). */
public record RecordMarketingResponseRequest(
        @Pattern(regexp = RecordIds.PATTERN) String id,
        @NotBlank @Size(max = 200) String campaign,
        @NotNull Channel channel,
        @NotNull MarketingOutcome outcome,
        @PastOrPresent Instant occurredAt) implements ClientFactRequest {

    @Override
    public Instant businessTime() {
        return occurredAt;
    }

    @Override
    public RecordMarketingResponseCommand toCommand(String clientId, String responseId, Instant at) {
        return new RecordMarketingResponseCommand(clientId, responseId, campaign, channel, outcome, at);
    }
}
