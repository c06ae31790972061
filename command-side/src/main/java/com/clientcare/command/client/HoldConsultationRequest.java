package com.clientcare.command.client;

import com.clientcare.command.infra.RecordIds;
import com.clientcare.shared.client.HoldConsultationCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/clients/{id}/consultations} (C1). */
public record HoldConsultationRequest(
        @Pattern(regexp = RecordIds.PATTERN) String id,
        @PastOrPresent Instant occurredAt,
        @Size(max = 4000) String needs,
        @Size(max = 4000) String issues,
        @Size(max = 4000) String concerns,
        @NotNull Boolean rightsExplained,
        @NotBlank @Size(max = 100) String handledBy) implements ClientFactRequest {

    @Override
    public Instant businessTime() {
        return occurredAt;
    }

    @Override
    public HoldConsultationCommand toCommand(String clientId, String consultationId, Instant at) {
        return new HoldConsultationCommand(clientId, consultationId, at, needs, issues, concerns, rightsExplained,
                handledBy);
    }
}
