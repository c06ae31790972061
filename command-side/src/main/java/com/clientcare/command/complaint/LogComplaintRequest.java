package com.clientcare.command.complaint;

import com.clientcare.command.infra.RecordIds;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.LogComplaintCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/complaints} (K1). */
public record LogComplaintRequest(
        @Pattern(regexp = RecordIds.PATTERN) String id,
        @NotNull @Pattern(regexp = RecordIds.PATTERN) String clientId,
        @NotNull Channel channel,
        @NotNull ComplaintCategory category,
        @NotBlank @Size(max = 4000) String description,
        @PastOrPresent Instant receivedAt,
        Boolean potentialClaim) {

    LogComplaintCommand toCommand(String complaintId, Instant receivedAt) {
        return new LogComplaintCommand(complaintId, clientId, channel, category, description, receivedAt,
                Boolean.TRUE.equals(potentialClaim));
    }
}
