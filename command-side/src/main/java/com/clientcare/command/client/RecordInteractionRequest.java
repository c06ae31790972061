package com.clientcare.command.client;

import com.clientcare.command.infra.RecordIds;
import com.clientcare.shared.client.Direction;
import com.clientcare.shared.client.InteractionPurpose;
import com.clientcare.shared.client.RecordInteractionCommand;
import com.clientcare.shared.common.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/clients/{id}/interactions} (C5). */
public record RecordInteractionRequest(
        @Pattern(regexp = RecordIds.PATTERN) String id,
        @NotNull Channel channel,
        @NotNull Direction direction,
        @NotNull InteractionPurpose purpose,
        @Pattern(regexp = RecordIds.PATTERN) String inReplyTo,
        @NotBlank @Size(max = 100) String handledBy,
        @Size(max = 4000) String summary,
        @PastOrPresent Instant occurredAt) implements ClientFactRequest {

    @Override
    public Instant businessTime() {
        return occurredAt;
    }

    @Override
    public RecordInteractionCommand toCommand(String clientId, String interactionId, Instant occurredAt) {
        return new RecordInteractionCommand(clientId, interactionId, channel, direction, purpose, inReplyTo,
                handledBy, summary, occurredAt);
    }
}
