package com.clientcare.command.account;

import com.clientcare.command.infra.MoneyInput;
import com.clientcare.command.infra.RecordIds;
import com.clientcare.shared.account.RefundMoneyCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/client-accounts/{id}/refunds} (M1). */
public record RefundMoneyRequest(
        @Pattern(regexp = RecordIds.PATTERN) String id,
        @NotNull @Valid @PositiveAmount MoneyInput amount,
        @PastOrPresent Instant refundedAt,
        @NotBlank @Size(max = 2000) String reason) {

    RefundMoneyCommand toCommand(String accountId, String refundId, Instant refundedAt) {
        return new RefundMoneyCommand(accountId, refundId, amount.toMoney(), refundedAt, reason);
    }
}
