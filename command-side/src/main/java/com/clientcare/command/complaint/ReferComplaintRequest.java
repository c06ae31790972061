package com.clientcare.command.complaint;

import com.clientcare.shared.complaint.RedressBody;
import com.clientcare.shared.complaint.ReferComplaintCommand;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** Body of {@code POST /api/complaints/{id}/referral} (K6). */
public record ReferComplaintRequest(
        @NotNull RedressBody body) {

    ReferComplaintCommand toCommand(String complaintId, Instant referredAt) {
        return new ReferComplaintCommand(complaintId, body, referredAt);
    }
}
