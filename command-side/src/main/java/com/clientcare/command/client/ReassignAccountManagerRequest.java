package com.clientcare.command.client;

import com.clientcare.shared.client.ReassignAccountManagerCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code PUT /api/clients/{id}/account-manager} (C3). */
public record ReassignAccountManagerRequest(
        @NotBlank @Size(max = 100) String accountManager,
        @NotBlank @Size(max = 500) String reason,
        @PastOrPresent Instant reassignedAt) {

    ReassignAccountManagerCommand toCommand(String clientId, Instant at) {
        return new ReassignAccountManagerCommand(clientId, accountManager, reason, at);
    }
}
