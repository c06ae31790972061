package com.clientcare.command.account;

import com.clientcare.command.infra.IsoCurrency;
import com.clientcare.command.infra.MoneyInput;
import com.clientcare.command.infra.RecordIds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** The bodies of the client-account endpoints (API.md, "Client money"); business times default to now. */
final class AccountRequests {

    private AccountRequests() {
    }

    record Open(@Pattern(regexp = RecordIds.PATTERN) String id,
                @NotNull @Pattern(regexp = RecordIds.PATTERN) String clientId,
                @NotBlank @Size(max = 500) String purpose,
                @NotNull @IsoCurrency String currency,
                @PastOrPresent Instant openedAt) {
    }

    record Receipt(@Pattern(regexp = RecordIds.PATTERN) String id,
                   @NotNull @Valid @PositiveAmount MoneyInput amount,
                   @PastOrPresent Instant receivedAt,
                   @NotBlank @Size(max = 200) String reference) {
    }

    record Stage(@NotBlank @Size(max = 200) String name, @NotNull @Valid @PositiveAmount MoneyInput maxAmount) {
    }

    record Terms(@NotEmpty @Size(max = 50) List<@NotNull @Valid Stage> stages,
                 @NotBlank @Size(max = 200) String agreedBy,
                 @PastOrPresent Instant agreedAt) {
    }

    record DrawDown(@Pattern(regexp = RecordIds.PATTERN) String id,
                    @NotBlank @Size(max = 200) String stage,
                    @NotNull @Valid @PositiveAmount MoneyInput amount,
                    @NotBlank @Size(max = 200) String invoiceReference,
                    @PastOrPresent Instant drawnAt) {
    }

    record Refund(@Pattern(regexp = RecordIds.PATTERN) String id,
                  @NotNull @Valid @PositiveAmount MoneyInput amount,
                  @PastOrPresent Instant refundedAt,
                  @NotBlank @Size(max = 2000) String reason) {
    }

    record Completion(@PastOrPresent Instant completedAt) {
    }
}
