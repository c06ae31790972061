package com.clientcare.command.client;

import com.clientcare.command.infra.RecordIds;
import com.clientcare.shared.client.SignAgreementCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Body of {@code POST /api/clients/{id}/agreements} (C4). */
public record SignAgreementRequest(
        @Pattern(regexp = RecordIds.PATTERN) String id,
        @NotNull @Pattern(regexp = RecordIds.PATTERN) String recommendationId,
        @NotNull @Size(max = 20) List<@NotNull @Size(max = 200) String> products,
        @NotNull @Size(max = 20) List<@NotNull @Size(max = 200) String> services,
        @PastOrPresent Instant signedAt) implements ClientFactRequest {

    @Override
    public Instant businessTime() {
        return signedAt;
    }

    @Override
    public SignAgreementCommand toCommand(String clientId, String agreementId, Instant at) {
        return new SignAgreementCommand(clientId, agreementId, recommendationId, List.copyOf(products),
                List.copyOf(services), at);
    }
}
