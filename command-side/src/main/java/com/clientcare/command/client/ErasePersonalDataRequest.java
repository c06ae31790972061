package com.clientcare.command.client;

import com.clientcare.shared.client.ErasePersonalDataCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code DELETE /api/clients/{id}/personal-data} (C8). */
public record ErasePersonalDataRequest(
        @NotBlank @Size(max = 500) String reason) {

    ErasePersonalDataCommand toCommand(String clientId, Instant at) {
        return new ErasePersonalDataCommand(clientId, reason, at);
    }
}
