package com.clientcare.command.complaint;

import com.clientcare.shared.complaint.AssessComplaintCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/complaints/{id}/assessment} (S4). */
public record AssessComplaintRequest(
        @PastOrPresent Instant assessedAt,
        @NotBlank @Size(max = 4000) String summary) {

    AssessComplaintCommand toCommand(String complaintId, Instant assessedAt) {
        return new AssessComplaintCommand(complaintId, assessedAt, summary);
    }
}
