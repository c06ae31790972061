package com.clientcare.command.account;

import com.clientcare.command.infra.MoneyInput;
import com.clientcare.command.infra.RecordIds;
import com.clientcare.shared.account.RecordReceiptCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/client-accounts/{id}/receipts} (M1). */
public record RecordReceiptRequest(
        @Pattern(regexp = RecordIds.PATTERN) String id,
        @NotNull @Valid @PositiveAmount MoneyInput amount,
        @PastOrPresent Instant receivedAt,
        @NotBlank @Size(max = 200) String reference) {

    RecordReceiptCommand toCommand(String accountId, String receiptId, Instant receivedAt) {
        return new RecordReceiptCommand(accountId, receiptId, amount.toMoney(), receivedAt, reference);
    }
}
