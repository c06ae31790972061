package com.clientcare.command.account;

import com.clientcare.shared.account.CompleteWorkCommand;
import jakarta.validation.constraints.PastOrPresent;

import java.time.Instant;

/** Body of {@code POST /api/client-accounts/{id}/completion} (M1). */
public record CompleteWorkRequest(
        @PastOrPresent Instant completedAt) {

    CompleteWorkCommand toCommand(String accountId, Instant completedAt) {
        return new CompleteWorkCommand(accountId, completedAt);
    }
}
