package com.clientcare.command.complaint;

import com.clientcare.shared.complaint.SendInitialResponseCommand;
import jakarta.validation.constraints.PastOrPresent;

import java.time.Instant;

/** Body of {@code POST /api/complaints/{id}/initial-response} (S2). */
public record SendInitialResponseRequest(
        @PastOrPresent Instant respondedAt) {

    SendInitialResponseCommand toCommand(String complaintId, Instant respondedAt) {
        return new SendInitialResponseCommand(complaintId, respondedAt);
    }
}
