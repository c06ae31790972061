package com.clientcare.command.complaint;

import com.clientcare.command.infra.RecordIds;
import com.clientcare.shared.complaint.RecordCorrectiveActionCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;

/** Body of {@code POST /api/complaints/{id}/corrective-actions} (K3). */
public record RecordCorrectiveActionRequest(
        @Pattern(regexp = RecordIds.PATTERN) String id,
        @NotBlank @Size(max = 2000) String problem,
        @NotBlank @Size(max = 2000) String action,
        @NotNull LocalDate rectifyBy,
        @NotBlank @Size(max = 2000) String prevention) {

    RecordCorrectiveActionCommand toCommand(String complaintId, String actionId, Instant recordedAt) {
        return new RecordCorrectiveActionCommand(complaintId, actionId, problem, action, rectifyBy, prevention,
                recordedAt);
    }
}
