package com.clientcare.command.client;

import com.clientcare.command.infra.MoneyInput;
import com.clientcare.shared.client.ChangeAnnualRevenueCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code PUT /api/clients/{id}/annual-revenue} (C2). */
public record ChangeAnnualRevenueRequest(
        @NotNull @Valid MoneyInput annualRevenue,
        @NotBlank @Size(max = 500) String reason,
        @PastOrPresent Instant changedAt) {

    ChangeAnnualRevenueCommand toCommand(String clientId, Instant at) {
        return new ChangeAnnualRevenueCommand(clientId, annualRevenue.toMoney(), reason, at);
    }
}
