package com.clientcare.command.complaint;

import com.clientcare.shared.complaint.EscalateComplaintCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/complaints/{id}/escalations} (K4). */
public record EscalateComplaintRequest(
        @NotBlank @Size(max = 2000) String reason) {

    /** Escalated by a person: no breached clock caused it. */
    EscalateComplaintCommand toCommand(String complaintId, Instant escalatedAt) {
        return new EscalateComplaintCommand(complaintId, reason, null, escalatedAt);
    }
}
