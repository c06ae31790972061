package com.clientcare.command.complaint;

import com.clientcare.shared.complaint.CompleteCorrectiveActionCommand;
import jakarta.validation.constraints.PastOrPresent;

import java.time.Instant;

/** Body of {@code POST /api/complaints/{id}/corrective-actions/{carId}/completion} (K3). */
public record CompleteCorrectiveActionRequest(
        @PastOrPresent Instant completedAt) {

    CompleteCorrectiveActionCommand toCommand(String complaintId, String actionId, Instant completedAt) {
        return new CompleteCorrectiveActionCommand(complaintId, actionId, completedAt);
    }
}
