package com.clientcare.command.account;

import com.clientcare.command.infra.IsoCurrency;
import com.clientcare.command.infra.RecordIds;
import com.clientcare.shared.account.OpenClientAccountCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/client-accounts} (M1). */
public record OpenClientAccountRequest(
        @Pattern(regexp = RecordIds.PATTERN) String id,
        @NotNull @Pattern(regexp = RecordIds.PATTERN) String clientId,
        @NotBlank @Size(max = 500) String purpose,
        @NotNull @IsoCurrency String currency,
        @PastOrPresent Instant openedAt) {

    OpenClientAccountCommand toCommand(String accountId, Instant openedAt) {
        return new OpenClientAccountCommand(accountId, clientId, purpose, currency, openedAt);
    }
}
