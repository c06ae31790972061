package com.clientcare.command.complaint;

import com.clientcare.shared.complaint.ReopenComplaintCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/complaints/{id}/reopening} (K8). */
public record ReopenComplaintRequest(
        @NotBlank @Size(max = 2000) String reason) {

    ReopenComplaintCommand toCommand(String complaintId, Instant reopenedAt) {
        return new ReopenComplaintCommand(complaintId, reason, reopenedAt);
    }
}
