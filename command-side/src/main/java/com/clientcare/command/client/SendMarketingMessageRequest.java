package com.clientcare.command.client;

import com.clientcare.command.infra.RecordIds;
import com.clientcare.shared.client.SendMarketingMessageCommand;
import com.clientcare.shared.common.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/clients/{id}/marketing-messages} (C6). */
public record SendMarketingMessageRequest(
        @Pattern(regexp = RecordIds.PATTERN) String id,
        @NotBlank @Size(max = 200) String campaign,
        @NotNull Channel channel,
        @PastOrPresent Instant sentAt) implements ClientFactRequest {

    @Override
    public Instant businessTime() {
        return sentAt;
    }

    @Override
    public SendMarketingMessageCommand toCommand(String clientId, String messageId, Instant at) {
        return new SendMarketingMessageCommand(clientId, messageId, campaign, channel, at);
    }
}
