package com.clientcare.command.client;

import com.clientcare.command.infra.MoneyInput;
import com.clientcare.command.infra.RecordIds;
import com.clientcare.shared.client.RecordTransactionCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/clients/{id}/transactions} (C5). */
public record RecordTransactionRequest(
        @Pattern(regexp = RecordIds.PATTERN) String id,
        @NotNull @Valid MoneyInput amount,
        @Size(max = 1000) String description,
        @PastOrPresent Instant occurredAt) implements ClientFactRequest {

    @Override
    public Instant businessTime() {
        return occurredAt;
    }

    @Override
    public RecordTransactionCommand toCommand(String clientId, String transactionId, Instant at) {
        return new RecordTransactionCommand(clientId, transactionId, amount.toMoney(), description, at);
    }
}
