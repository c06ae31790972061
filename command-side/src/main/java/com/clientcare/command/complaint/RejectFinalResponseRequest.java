package com.clientcare.command.complaint;

import com.clientcare.shared.complaint.RejectFinalResponseCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/complaints/{id}/rejection} (K6). */
public record RejectFinalResponseRequest(
        @NotBlank @Size(max = 2000) String reason) {

    RejectFinalResponseCommand toCommand(String complaintId, Instant rejectedAt) {
        return new RejectFinalResponseCommand(complaintId, reason, rejectedAt);
    }
}
