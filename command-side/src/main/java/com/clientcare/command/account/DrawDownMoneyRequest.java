package com.clientcare.command.account;

import com.clientcare.command.infra.MoneyInput;
import com.clientcare.command.infra.RecordIds;
import com.clientcare.shared.account.DrawDownMoneyCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/client-accounts/{id}/draw-downs} (M1). */
public record DrawDownMoneyRequest(
        @Pattern(regexp = RecordIds.PATTERN) String id,
        @NotBlank @Size(max = 200) String stage,
        @NotNull @Valid @PositiveAmount MoneyInput amount,
        @NotBlank @Size(max = 200) String invoiceReference,
        @PastOrPresent Instant drawnAt) {

    DrawDownMoneyCommand toCommand(String accountId, String drawDownId, Instant drawnAt) {
        return new DrawDownMoneyCommand(accountId, drawDownId, stage, amount.toMoney(), invoiceReference, drawnAt);
    }
}
