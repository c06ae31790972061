package com.clientcare.command.complaint;

import com.clientcare.shared.complaint.ComplaintOutcome;
import com.clientcare.shared.complaint.IssueFinalResponseCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/complaints/{id}/final-response} (K5, S5). */
public record IssueFinalResponseRequest(
        @NotNull ComplaintOutcome outcome,
        @Size(max = 4000) String remedy,
        @PastOrPresent Instant respondedAt) {

    IssueFinalResponseCommand toCommand(String complaintId, Instant respondedAt) {
        return new IssueFinalResponseCommand(complaintId, outcome, remedy, respondedAt);
    }
}
