package com.clientcare.command.account;

import com.clientcare.shared.account.AgreeDrawDownTermsCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Body of {@code PUT /api/client-accounts/{id}/draw-down-terms} (M1). */
public record AgreeDrawDownTermsRequest(
        @NotEmpty @Size(max = 50) List<@NotNull @Valid DrawDownStageRequest> stages,
        @NotBlank @Size(max = 200) String agreedBy,
        @PastOrPresent Instant agreedAt) {

    AgreeDrawDownTermsCommand toCommand(String accountId, Instant agreedAt) {
        return new AgreeDrawDownTermsCommand(accountId, stages.stream().map(DrawDownStageRequest::toStage).toList(),
                agreedBy, agreedAt);
    }
}
