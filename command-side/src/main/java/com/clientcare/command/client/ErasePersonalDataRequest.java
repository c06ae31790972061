package com.clientcare.command.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code DELETE /api/clients/{id}/personal-data} (C8). */
public record ErasePersonalDataRequest(
        @NotBlank @Size(max = 500) String reason) {
}
