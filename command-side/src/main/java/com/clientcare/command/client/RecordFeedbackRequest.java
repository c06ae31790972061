package com.clientcare.command.client;

import com.clientcare.command.infra.RecordIds;
import com.clientcare.shared.client.FeedbackContext;
import com.clientcare.shared.client.RecordFeedbackCommand;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/clients/{id}/feedback} (C7): CSAT 1 to 5 and/or NPS 0 to 10. */
public record RecordFeedbackRequest(
        @Pattern(regexp = RecordIds.PATTERN) String id,
        @Min(1) @Max(5) Integer csat,
        @Min(0) @Max(10) Integer nps,
        @Size(max = 4000) String comment,
        @NotNull FeedbackContext context,
        @PastOrPresent Instant occurredAt) implements ClientFactRequest {

    @AssertTrue(message = "give a csat score, an nps score, or both")
    @JsonIgnore
    public boolean isScored() {
        return csat != null || nps != null;
    }

    @Override
    public Instant businessTime() {
        return occurredAt;
    }

    @Override
    public RecordFeedbackCommand toCommand(String clientId, String feedbackId, Instant at) {
        return new RecordFeedbackCommand(clientId, feedbackId, csat, nps, comment, context, at);
    }
}
